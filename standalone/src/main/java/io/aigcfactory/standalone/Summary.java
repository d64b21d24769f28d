package io.aigcfactory.standalone;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.aigcfactory.creative.requirement.RequirementProgress;
import io.aigcfactory.events.EventCodec;
import tools.jackson.databind.JsonNode;

/**
 * What the demo prints: a progress line while it runs, a per-stage summary at the end.
 */
final class Summary {

	private final List<JsonNode> requirements;

	Summary(Collection<JsonNode> requirements) {
		this.requirements = List.copyOf(requirements);
	}

	static String progressLine(Collection<JsonNode> requirements, int submitted, Duration elapsed) {
		Map<String, Integer> stages = totals(requirements);
		long settled = requirements.stream().filter((requirement) -> requirement.path("settled").asBoolean()).count();
		return "[%3ds] concepts %d · produced %d · approved %d · rejected %d · published %d · settled %d/%d".formatted(
				elapsed.toSeconds(), stages.get("concepts"), stages.get("produced"), stages.get("approved"),
				stages.get("rejected"), stages.get("publications"), settled, submitted);
	}

	boolean allCompleted() {
		return this.requirements.stream()
			.allMatch((requirement) -> "COMPLETED".equals(requirement.path("status").asString())
					&& requirement.path("settled").asBoolean());
	}

	/** Whether every requirement completed, or waits only for reviewers. */
	boolean allCompletedOrAwaitingReview() {
		return this.requirements.stream()
			.allMatch((requirement) -> ("COMPLETED".equals(requirement.path("status").asString())
					&& requirement.path("settled").asBoolean()) || awaitingReview(requirement));
	}

	/**
	 * Whether nothing more happens to a requirement without a person: it is settled, or
	 * every concept is produced, every produced asset is judged (some of them waiting in
	 * the review queue) and every approved one is published.
	 */
	static boolean settledOrAwaitingReview(JsonNode requirement) {
		return requirement.path("settled").asBoolean() || awaitingReview(requirement);
	}

	private static boolean awaitingReview(JsonNode requirement) {
		return !requirement.path("settled").asBoolean() && EventCodec.mapper()
			.treeToValue(requirement.path("stages"), RequirementProgress.Stages.class)
			.awaitingOnlyReview();
	}

	void print(PrintStream console, Duration elapsed) {
		console.printf("%nPer product (%d, in %ds):%n", this.requirements.size(), elapsed.toSeconds());
		console.printf("  %-10s %s %-10s %8s %8s %12s%n", "SKU", pad("TITLE", 28), "STATUS", "APPROVED", "REJECTED",
				"PUBLICATIONS");
		for (JsonNode requirement : this.requirements) {
			JsonNode stages = requirement.path("stages");
			console.printf("  %-10s %s %-10s %5d/%-2d %8d %12d%n", requirement.path("sku").asString(),
					pad(requirement.path("title").asString(), 28), requirement.path("status").asString(),
					stages.path("approved").asInt(), requirement.path("variantCount").asInt(),
					stages.path("rejected").asInt() + stages.path("inReview").asInt(),
					stages.path("publications").asInt());
		}
		Map<String, Integer> totals = totals(this.requirements);
		console.printf(
				"%nPer stage: concepts %d → produced %d → approved %d (rejected %d, in review %d) → "
						+ "publications %d (failed %d)%n",
				totals.get("concepts"), totals.get("produced"), totals.get("approved"), totals.get("rejected"),
				totals.get("inReview"), totals.get("publications"), totals.get("publicationFailures"));
		int waiting = totals.get("inReview");
		if (waiting > 0) {
			console.printf("%d asset(s) wait in the review queue for a person's decision: GET /api/v1/reviews, then "
					+ "POST /api/v1/reviews/{assetId}/approve (published) or /reject with a reason (written again).%n",
					waiting);
		}
		Map<String, Integer> reasons = rejectionReasons();
		if (!reasons.isEmpty()) {
			console.println("Rejections by reason (each rejected concept was rewritten from another angle):");
			reasons.forEach((reason, count) -> console.printf("  %-40s %d%n", reason, count));
		}
	}

	private Map<String, Integer> rejectionReasons() {
		Map<String, Integer> reasons = new TreeMap<>();
		for (JsonNode requirement : this.requirements) {
			for (JsonNode asset : requirement.path("assets")) {
				if ("REJECTED".equals(asset.path("status").asString())) {
					for (JsonNode finding : asset.path("findings")) {
						String evidence = finding.path("evidence").asString("");
						String reason = finding.path("code").asString()
								+ (finding.path("stage").asString().equals("COMPLIANCE") ? " " + evidence : "");
						reasons.merge(reason, 1, Integer::sum);
					}
				}
			}
		}
		return reasons;
	}

	private static Map<String, Integer> totals(Collection<JsonNode> requirements) {
		Map<String, Integer> totals = new LinkedHashMap<>();
		for (String stage : List.of("concepts", "produced", "approved", "rejected", "inReview", "published",
				"publications", "publicationFailures")) {
			totals.put(stage, requirements.stream().mapToInt((r) -> r.path("stages").path(stage).asInt()).sum());
		}
		return totals;
	}

	/**
	 * Pads or clips text to a width in terminal columns, where CJK characters take two.
	 */
	static String pad(String text, int columns) {
		StringBuilder padded = new StringBuilder();
		int used = 0;
		for (int i = 0; i < text.length();) {
			int codePoint = text.codePointAt(i);
			int width = wide(codePoint) ? 2 : 1;
			if (used + width > columns - 1 && i + Character.charCount(codePoint) < text.length()) {
				padded.append('…');
				used++;
				break;
			}
			padded.appendCodePoint(codePoint);
			used += width;
			i += Character.charCount(codePoint);
		}
		return padded.append(" ".repeat(Math.max(0, columns - used))).toString();
	}

	private static boolean wide(int codePoint) {
		return (codePoint >= 0x1100 && codePoint <= 0x115F) || (codePoint >= 0x2E80 && codePoint <= 0xA4CF)
				|| (codePoint >= 0xAC00 && codePoint <= 0xD7A3) || (codePoint >= 0xF900 && codePoint <= 0xFAFF)
				|| (codePoint >= 0xFE30 && codePoint <= 0xFE4F) || (codePoint >= 0xFF00 && codePoint <= 0xFF60)
				|| (codePoint >= 0xFFE0 && codePoint <= 0xFFE6) || (codePoint >= 0x20000 && codePoint <= 0x3FFFD);
	}

}
