package io.aigcfactory.production.image.triton;

import java.awt.image.BufferedImage;
import java.util.Arrays;

import io.aigcfactory.inference.codec.DataType;
import io.aigcfactory.inference.codec.Tensor;
import io.aigcfactory.inference.codec.Tensors;
import io.aigcfactory.production.image.SceneUnavailable;

/** Reads a diffusion model's UINT8 {@code [height, width, 3]} output as an RGB image. */
final class SceneTensor {

	private SceneTensor() {
	}

	/**
	 * @throws SceneUnavailable when the tensor is not UINT8 of the expected shape
	 */
	static BufferedImage decode(Tensor tensor, int width, int height) {
		if (tensor.dataType() != DataType.UINT8) {
			throw new SceneUnavailable("Output '" + tensor.name() + "' is " + tensor.dataType() + ", not UINT8");
		}
		if (tensor.rank() != 3 || tensor.dim(0) != height || tensor.dim(1) != width || tensor.dim(2) != 3) {
			throw new SceneUnavailable("Output '" + tensor.name() + "' has shape " + Arrays.toString(tensor.shape())
					+ ", not [" + height + ", " + width + ", 3]");
		}
		byte[] pixels = Tensors.toUint8(tensor);
		int[] rgb = new int[width * height];
		for (int i = 0; i < rgb.length; i++) {
			rgb[i] = (pixels[3 * i] & 0xFF) << 16 | (pixels[3 * i + 1] & 0xFF) << 8 | (pixels[3 * i + 2] & 0xFF);
		}
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		image.setRGB(0, 0, width, height, rgb, 0, width);
		return image;
	}

}
