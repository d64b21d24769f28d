package io.aigcfactory.inspection.verification;

import java.util.List;
import java.util.Map;

import io.aigcfactory.trust.carrier.LabelVerdict;
import org.jspecify.annotations.Nullable;

/**
 * What a verification found in a file.
 *
 * @param file the file as received
 * @param label its implicit label and the verdict on it
 * @param watermark its invisible watermark
 * @param asset the asset it belongs to, when that is one of the caller's
 */
public record Verification(FileFacts file, LabelFinding label, WatermarkFinding watermark, @Nullable Owner asset) {

	/**
	 * @param name the uploaded file's name
	 * @param format {@code PNG}, {@code JPEG}, {@code MP4}, {@code HTML}, {@code TEXT},
	 * or {@code UNKNOWN}
	 * @param bytes its size
	 * @param sha256 its SHA-256, hex
	 */
	public record FileFacts(String name, String format, long bytes, String sha256) {
	}

	/**
	 * @param status {@code COMPLIANT}, {@code NON_COMPLIANT}, {@code NOT_FOUND} or
	 * {@code UNREADABLE}
	 * @param fields the label's seven fields, when one could be read
	 * @param places where labels were found
	 * @param problems what breaks the standard's rules, or why the file is unreadable
	 * @param signature {@code VALID}, {@code INVALID} or {@code NOT_CHECKED}
	 */
	public record LabelFinding(LabelVerdict.Status status, @Nullable Map<String, String> fields, List<String> places,
			List<String> problems, LabelVerdict.Signature signature) {
	}

	/**
	 * @param status {@code FOUND}, {@code NOT_FOUND}, {@code UNREADABLE} (corrupt, or too
	 * many pixels to decode) or {@code NOT_APPLICABLE} (neither an image nor a video)
	 * @param payload the 64 payload bits as 16 hex digits, when found
	 * @param tenantHash the payload's tenant bits, when found
	 * @param confidence the probability no bit was read wrong, 0-1
	 * @param detail why it is unreadable, or null
	 */
	public record WatermarkFinding(WatermarkStatus status, @Nullable String payload, @Nullable Integer tenantHash,
			double confidence, @Nullable String detail) {

		static WatermarkFinding of(WatermarkStatus status, @Nullable String detail) {
			return new WatermarkFinding(status, null, null, 0, detail);
		}

	}

	/** Whether an image's or a video's watermark was read. */
	public enum WatermarkStatus {

		FOUND, NOT_FOUND, UNREADABLE, NOT_APPLICABLE

	}

	/**
	 * @param assetId the asset
	 * @param tenantId its tenant (always the caller's)
	 * @param by what named it: {@code LABEL} (the label's {@code ProduceID} with a valid
	 * signature) or {@code WATERMARK}
	 */
	public record Owner(String assetId, String tenantId, String by) {
	}

}
