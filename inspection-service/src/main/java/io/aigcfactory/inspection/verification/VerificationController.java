package io.aigcfactory.inspection.verification;

import java.io.IOException;
import java.io.UncheckedIOException;

import io.aigcfactory.platform.web.InvalidInput;
import io.aigcfactory.platform.web.PayloadTooLarge;
import io.aigcfactory.platform.web.TenantHeader;
import org.jspecify.annotations.Nullable;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code POST /api/v1/verifications}: a file (multipart part {@code file}; an image, an
 * MP4, an HTML page or a text, with its label sidecar as part {@code sidecar} where it
 * has one) and what it carries: its label and whether it complies, the signature, the
 * watermark, and the asset it belongs to when that is the caller's.
 */
@RestController
class VerificationController {

	private final FileVerification verification;

	private final VerificationSettings settings;

	VerificationController(FileVerification verification, VerificationSettings settings) {
		this.verification = verification;
		this.settings = settings;
	}

	@PostMapping(path = "/api/v1/verifications", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	Verification verify(@RequestHeader(name = TenantHeader.NAME, required = false) @Nullable String tenant,
			@RequestPart(name = "file", required = false) @Nullable MultipartFile file,
			@RequestPart(name = "sidecar", required = false) @Nullable MultipartFile sidecar) {
		if (file == null || file.isEmpty()) {
			throw InvalidInput.of("file", "is required: the file to verify as the multipart part 'file'");
		}
		if (file.getSize() > this.settings.maxBytes().toBytes()
				|| (sidecar != null && sidecar.getSize() > this.settings.maxBytes().toBytes())) {
			throw new PayloadTooLarge(this.settings.maxBytes());
		}
		try {
			String name = (file.getOriginalFilename() != null) ? file.getOriginalFilename() : "file";
			return this.verification.verify(name, file.getBytes(), (sidecar != null) ? sidecar.getBytes() : null,
					TenantHeader.resolve(tenant));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
