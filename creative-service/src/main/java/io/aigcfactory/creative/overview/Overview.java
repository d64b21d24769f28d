package io.aigcfactory.creative.overview;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A tenant's factory at a glance.
 *
 * @param since the start of the throughput window
 * @param bucketSeconds the width of each throughput bucket
 * @param throughput per stage, the items that passed it in each bucket, oldest first
 * @param funnel how many items reached each stage, in pipeline order
 * @param rejections finding codes of rejected assets and how often each was found
 * @param failures stages that gave up on concepts and how often
 */
record Overview(Instant since, long bucketSeconds, Map<String, List<Integer>> throughput, Map<String, Long> funnel,
		Map<String, Long> rejections, Map<String, Long> failures) {

}
