package io.aigcfactory.creative.requirement;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import io.aigcfactory.events.EventCodec;
import io.aigcfactory.events.Product;
import io.aigcfactory.events.RequirementId;
import io.aigcfactory.events.Verdict;
import io.aigcfactory.platform.SqlTimestamps;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The requirements, in the creative service's database. */
@Repository
public class Requirements {

	private static final String COLUMNS = "id, tenant_id, product_json, channels, variant_count, retry_budget, status, "
			+ "concepts_created, retries_used, approved, rejected, in_review, failed, failures_retried, accepted_at, "
			+ "completed_at";

	private final JdbcClient jdbc;

	Requirements(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void add(Requirement requirement) {
		Product product = requirement.product();
		this.jdbc.sql(
				"insert into requirements (id, tenant_id, sku, title, category, product_json, channels, variant_count, "
						+ "retry_budget, status, accepted_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(requirement.id().value(), requirement.tenantId(), product.sku(), product.title(),
					product.category(), EventCodec.mapper().writeValueAsString(product),
					String.join(",", requirement.channels()), requirement.variantCount(), requirement.retryBudget(),
					requirement.status().name(), SqlTimestamps.of(requirement.acceptedAt()))
			.update();
	}

	/** A tenant's requirement, as its API shows it. */
	public Optional<Requirement> find(RequirementId id, String tenantId) {
		return this.jdbc.sql("select " + COLUMNS + " from requirements where id = ? and tenant_id = ?")
			.params(id.value(), tenantId)
			.query(Requirements::map)
			.optional();
	}

	/** Reads a requirement and locks it until the transaction ends. */
	public Optional<Requirement> lock(RequirementId id) {
		return this.jdbc.sql("select " + COLUMNS + " from requirements where id = ? for update")
			.param(id.value())
			.query(Requirements::map)
			.optional();
	}

	/** Counts concepts written for a requirement; the first ones start its progress. */
	public void conceptsWritten(RequirementId id, int concepts, int retries) {
		this.jdbc
			.sql("update requirements set concepts_created = concepts_created + ?, retries_used = retries_used + ?, "
					+ "status = case when status = 'ACCEPTED' then 'IN_PROGRESS' else status end where id = ?")
			.params(concepts, retries, id.value())
			.update();
	}

	void countVerdict(RequirementId id, Verdict verdict) {
		String counter = switch (verdict) {
			case APPROVED -> "approved";
			case REJECTED -> "rejected";
			case REVIEW -> "in_review";
		};
		this.jdbc.sql("update requirements set " + counter + " = " + counter + " + 1 where id = ?")
			.param(id.value())
			.update();
	}

	/** Moves an asset of a requirement from review to a reviewer's decision. */
	void countReviewDecision(RequirementId id, Verdict verdict) {
		String counter = switch (verdict) {
			case APPROVED -> "approved";
			case REJECTED -> "rejected";
			case REVIEW -> throw new IllegalArgumentException("A review decision is APPROVED or REJECTED");
		};
		this.jdbc
			.sql("update requirements set in_review = in_review - 1, " + counter + " = " + counter
					+ " + 1 where id = ?")
			.param(id.value())
			.update();
	}

	void countFailure(RequirementId id) {
		this.jdbc.sql("update requirements set failed = failed + 1 where id = ?").param(id.value()).update();
	}

	/**
	 * Counts concepts written to re-drive failed ones: they start a fresh retry budget
	 * and put the requirement back in progress.
	 */
	public void failuresRetried(RequirementId id, int concepts) {
		this.jdbc
			.sql("update requirements set concepts_created = concepts_created + ?, "
					+ "failures_retried = failures_retried + ?, retries_used = 0, status = 'IN_PROGRESS', "
					+ "completed_at = null where id = ?")
			.params(concepts, concepts, id.value())
			.update();
	}

	/** Moves a requirement to a final status. */
	public void finish(RequirementId id, RequirementStatus status, Instant at) {
		if (!status.isFinal()) {
			throw new IllegalArgumentException(status + " is not a final status");
		}
		this.jdbc.sql("update requirements set status = ?, completed_at = ? where id = ?")
			.params(status.name(), SqlTimestamps.of(at), id.value())
			.update();
	}

	private static Requirement map(ResultSet row, int number) throws SQLException {
		OffsetDateTime completed = row.getObject("completed_at", OffsetDateTime.class);
		return new Requirement(new RequirementId(row.getObject("id", java.util.UUID.class)), row.getString("tenant_id"),
				EventCodec.mapper().readValue(row.getString("product_json"), Product.class),
				List.copyOf(Arrays.asList(row.getString("channels").split(","))), row.getInt("variant_count"),
				row.getInt("retry_budget"), RequirementStatus.valueOf(row.getString("status")),
				new Counters(row.getInt("concepts_created"), row.getInt("retries_used"), row.getInt("approved"),
						row.getInt("rejected"), row.getInt("in_review"), row.getInt("failed"),
						row.getInt("failures_retried")),
				row.getObject("accepted_at", OffsetDateTime.class).toInstant(),
				(completed != null) ? completed.toInstant() : null);
	}

}
