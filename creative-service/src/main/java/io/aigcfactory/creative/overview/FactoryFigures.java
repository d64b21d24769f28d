package io.aigcfactory.creative.overview;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.aigcfactory.events.EventCodec;
import io.aigcfactory.events.Finding;
import tools.jackson.core.type.TypeReference;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A tenant's figures from the requirement state creative keeps: when requirements,
 * concepts, assets and publications passed each stage, and why assets were rejected.
 */
@Component
class FactoryFigures {

	private static final TypeReference<List<Finding>> FINDINGS = new TypeReference<>() {
	};

	/**
	 * Each stage and the query for the times its items passed it, tenant and start bound.
	 */
	private static final Map<String, String> STAGES = stages();

	private final JdbcClient jdbc;

	FactoryFigures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	private static Map<String, String> stages() {
		Map<String, String> stages = new LinkedHashMap<>();
		stages.put("accepted", "select r.accepted_at from requirements r where r.tenant_id = ? and r.accepted_at >= ?");
		stages.put("written", "select c.created_at from concepts c join requirements r on r.id = c.requirement_id "
				+ "where r.tenant_id = ? and c.created_at >= ?");
		stages.put("produced", "select a.produced_at from requirement_assets a join requirements r "
				+ "on r.id = a.requirement_id where r.tenant_id = ? and a.produced_at >= ?");
		stages.put("inspected", "select a.inspected_at from requirement_assets a join requirements r "
				+ "on r.id = a.requirement_id where r.tenant_id = ? and a.inspected_at >= ?");
		stages.put("published", "select p.occurred_at from asset_publications p join requirements r "
				+ "on r.id = p.requirement_id where r.tenant_id = ? and p.outcome = 'PUBLISHED' and p.occurred_at >= ?");
		return Collections.unmodifiableMap(stages);
	}

	/** Per stage, how many items passed it in each bucket from {@code since} to now. */
	@Transactional(readOnly = true)
	Map<String, List<Integer>> throughput(String tenantId, Instant since, Duration bucket, Instant now) {
		int buckets = (int) Math.max(1, Duration.between(since, now).dividedBy(bucket));
		Map<String, List<Integer>> throughput = new LinkedHashMap<>();
		STAGES.forEach((stage, sql) -> {
			List<Integer> counts = new ArrayList<>(Collections.nCopies(buckets, 0));
			this.jdbc.sql(sql)
				.param(tenantId)
				.param(since.atOffset(ZoneOffset.UTC))
				.query(OffsetDateTime.class)
				.list()
				.forEach((at) -> {
					int index = (int) Duration.between(since, at.toInstant()).dividedBy(bucket);
					if (index >= 0 && index < buckets) {
						counts.set(index, counts.get(index) + 1);
					}
				});
			throughput.put(stage, List.copyOf(counts));
		});
		return throughput;
	}

	/** How many items reached each stage, in pipeline order. */
	@Transactional(readOnly = true)
	Map<String, Long> funnel(String tenantId) {
		Map<String, Long> funnel = new LinkedHashMap<>();
		funnel.put("requirements", count("select count(*) from requirements where tenant_id = ?", tenantId));
		funnel.put("concepts", count("select count(*) from concepts c join requirements r on r.id = c.requirement_id "
				+ "where r.tenant_id = ?", tenantId));
		funnel.put("produced", count("select count(*) from requirement_assets a join requirements r "
				+ "on r.id = a.requirement_id where r.tenant_id = ?", tenantId));
		funnel.put("approved", count("select count(*) from requirement_assets a join requirements r "
				+ "on r.id = a.requirement_id where r.tenant_id = ? and a.status = 'APPROVED'", tenantId));
		funnel
			.put("published",
					count("select count(distinct p.asset_id) from asset_publications p join requirements r "
							+ "on r.id = p.requirement_id where r.tenant_id = ? and p.outcome = 'PUBLISHED'",
							tenantId));
		return funnel;
	}

	/** Finding codes of the tenant's rejected assets, most frequent first. */
	@Transactional(readOnly = true)
	Map<String, Long> rejections(String tenantId) {
		Map<String, Long> codes = new TreeMap<>();
		this.jdbc
			.sql("select a.findings_json from requirement_assets a join requirements r on r.id = a.requirement_id "
					+ "where r.tenant_id = ? and a.status = 'REJECTED' and a.findings_json is not null")
			.param(tenantId)
			.query(String.class)
			.list()
			.forEach((findings) -> EventCodec.mapper()
				.readValue(findings, FINDINGS)
				.forEach((finding) -> codes.merge(finding.code(), 1L, Long::sum)));
		return byCount(codes);
	}

	/** The stages that gave up on the tenant's concepts, and how often. */
	@Transactional(readOnly = true)
	Map<String, Long> failures(String tenantId) {
		Map<String, Long> stages = new TreeMap<>();
		this.jdbc
			.sql("select f.stage, count(*) as failures from concept_failures f join requirements r "
					+ "on r.id = f.requirement_id where r.tenant_id = ? group by f.stage")
			.param(tenantId)
			.query((row, n) -> Map.entry(row.getString("stage"), row.getLong("failures")))
			.list()
			.forEach((entry) -> stages.put(entry.getKey(), entry.getValue()));
		return byCount(stages);
	}

	private long count(String sql, String tenantId) {
		return this.jdbc.sql(sql).param(tenantId).query(Long.class).single();
	}

	private static Map<String, Long> byCount(Map<String, Long> counts) {
		Map<String, Long> sorted = new LinkedHashMap<>();
		counts.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Long>comparingByValue().reversed())
			.forEach((entry) -> sorted.put(entry.getKey(), entry.getValue()));
		return sorted;
	}

}
