package io.aigcfactory.creative.requirement;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import io.aigcfactory.creative.requirement.RequirementProgress.AssetProgress;
import io.aigcfactory.creative.requirement.RequirementProgress.Publication;
import io.aigcfactory.creative.requirement.RequirementProgress.Stages;
import io.aigcfactory.events.AssetId;
import io.aigcfactory.events.EventCodec;
import io.aigcfactory.events.Finding;
import io.aigcfactory.events.RequirementId;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reports the progress of requirements, as their API shows it. */
@Service
public class ProgressReports {

	private static final TypeReference<List<Finding>> FINDINGS = new TypeReference<>() {
	};

	private final Requirements requirements;

	private final JdbcClient jdbc;

	ProgressReports(Requirements requirements, JdbcClient jdbc) {
		this.requirements = requirements;
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	public Optional<RequirementProgress> report(RequirementId id, String tenantId) {
		return this.requirements.find(id, tenantId).map(this::report);
	}

	/** The tenant's latest requirements, newest first, each with its progress. */
	@Transactional(readOnly = true)
	public List<RequirementProgress> latest(String tenantId, int limit) {
		return this.jdbc.sql("select id from requirements where tenant_id = ? order by accepted_at desc, id limit ?")
			.param(tenantId)
			.param(limit)
			.query(UUID.class)
			.list()
			.stream()
			.flatMap((id) -> this.requirements.find(new RequirementId(id), tenantId).stream())
			.map(this::report)
			.toList();
	}

	private RequirementProgress report(Requirement requirement) {
		Map<UUID, List<Publication>> publications = this.jdbc
			.sql("select asset_id, channel, outcome, location, reason, occurred_at from asset_publications "
					+ "where requirement_id = ? order by occurred_at")
			.param(requirement.id().value())
			.query((row, n) -> Map.entry(row.getObject("asset_id", UUID.class),
					new Publication(row.getString("channel"), row.getString("outcome"), row.getString("location"),
							row.getString("reason"), instant(row, "occurred_at"))))
			.list()
			.stream()
			.collect(Collectors.groupingBy(Map.Entry::getKey,
					Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
		List<AssetProgress> assets = this.jdbc
			.sql("select asset_id, angle, status, findings_json, renditions, produced_at, inspected_at "
					+ "from requirement_assets where requirement_id = ? order by produced_at")
			.param(requirement.id().value())
			.query((row, n) -> asset(row, publications))
			.list();
		Stages stages = stages(requirement, assets);
		return new RequirementProgress(requirement.id(), requirement.product().sku(), requirement.product().title(),
				requirement.status(), requirement.variantCount(), requirement.channels(), requirement.acceptedAt(),
				requirement.completedAt(), stages, settled(requirement, assets), assets, concepts(requirement),
				writing(requirement), failures(requirement));
	}

	private List<RequirementProgress.Failure> failures(Requirement requirement) {
		return this.jdbc
			.sql("select concept_id, attempt, stage, reason, detail, attempts, failed_at, retried_at "
					+ "from concept_failures where requirement_id = ? order by failed_at, concept_id")
			.param(requirement.id().value())
			.query((row, n) -> new RequirementProgress.Failure(row.getObject("concept_id", UUID.class).toString(),
					row.getInt("attempt"), row.getString("stage"), row.getString("reason"), row.getString("detail"),
					row.getInt("attempts"), instant(row, "failed_at"), instant(row, "retried_at")))
			.list();
	}

	private List<RequirementProgress.ConceptProgress> concepts(Requirement requirement) {
		return this.jdbc
			.sql("select id, attempt, angle, direction, explanation, writer, fallback_reason from concepts "
					+ "where requirement_id = ? order by created_at, id")
			.param(requirement.id().value())
			.query((row, n) -> new RequirementProgress.ConceptProgress(row.getObject("id", UUID.class).toString(),
					row.getInt("attempt"), row.getString("angle"), row.getString("direction"),
					row.getString("explanation"), row.getString("writer"), row.getString("fallback_reason")))
			.list();
	}

	private RequirementProgress.Writing writing(Requirement requirement) {
		int[] counts = new int[3];
		List<String> reasons = new ArrayList<>();
		this.jdbc
			.sql("select writer, fallback_reason, count(*) as n from concepts where requirement_id = ? "
					+ "group by writer, fallback_reason order by count(*) desc")
			.param(requirement.id().value())
			.query((row) -> {
				int n = row.getInt("n");
				String reason = row.getString("fallback_reason");
				counts["llm".equals(row.getString("writer")) ? 0 : 1] += n;
				if (reason != null) {
					counts[2] += n;
					reasons.add(reason);
				}
			});
		return new RequirementProgress.Writing(counts[0], counts[1], counts[2], List.copyOf(reasons));
	}

	private static Stages stages(Requirement requirement, List<AssetProgress> assets) {
		Counters counters = requirement.counters();
		int produced = (int) assets.stream().filter((asset) -> asset.producedAt() != null).count();
		int published = (int) assets.stream()
			.filter((asset) -> asset.publications().stream().anyMatch(RequirementProgress.Publication::published))
			.count();
		int publications = (int) assets.stream()
			.flatMap((asset) -> asset.publications().stream())
			.filter(Publication::published)
			.count();
		int failures = (int) assets.stream()
			.flatMap((asset) -> asset.publications().stream())
			.filter((publication) -> !publication.published())
			.count();
		return new Stages(counters.conceptsCreated(), produced, counters.approved(), counters.rejected(),
				counters.inReview(), published, publications, failures, counters.failed());
	}

	private static boolean settled(Requirement requirement, List<AssetProgress> assets) {
		return requirement.status().isFinal() && assets.stream()
			.filter((asset) -> asset.status().equals("APPROVED"))
			.allMatch((asset) -> asset.publications().size() >= requirement.channels().size());
	}

	private static AssetProgress asset(ResultSet row, Map<UUID, List<Publication>> publications) throws SQLException {
		UUID id = row.getObject("asset_id", UUID.class);
		String findings = row.getString("findings_json");
		String renditions = row.getString("renditions");
		return new AssetProgress(new AssetId(id), row.getString("angle"), row.getString("status"),
				(findings != null) ? EventCodec.mapper().readValue(findings, FINDINGS) : List.of(),
				renditions.isEmpty() ? List.of() : Arrays.asList(renditions.split(",")),
				publications.getOrDefault(id, List.of()), instant(row, "produced_at"), instant(row, "inspected_at"));
	}

	private static @Nullable Instant instant(ResultSet row, String column) throws SQLException {
		OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
		return (value != null) ? value.toInstant() : null;
	}

}
