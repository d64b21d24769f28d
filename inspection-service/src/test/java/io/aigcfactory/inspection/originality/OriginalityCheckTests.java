package io.aigcfactory.inspection.originality;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import io.aigcfactory.events.AssetId;
import io.aigcfactory.events.Finding;
import io.aigcfactory.inspection.originality.lucene.LuceneOriginalityIndex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The originality rule over a real Lucene index, with a stub embedding that maps known
 * texts to fixed vectors.
 */
class OriginalityCheckTests {

	private static final Map<String, float[]> VECTORS = Map.of("east", new float[] { 1, 0, 0 }, "east-ish",
			new float[] { 0.99f, 0.14f, 0 }, "north", new float[] { 0, 1, 0 });

	private static final EmbeddingModel STUB = new EmbeddingModel() {

		@Override
		public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
			return Response
				.from(segments.stream().map((segment) -> Embedding.from(VECTORS.get(segment.text()))).toList());
		}

		@Override
		public int dimension() {
			return 3;
		}

	};

	@TempDir
	Path directory;

	@Test
	void embedsSeveralTextsInOrderWithOneCall() throws Exception {
		try (LuceneOriginalityIndex index = new LuceneOriginalityIndex(this.directory)) {
			List<float[]> vectors = check(index).embedAll(List.of("north", "east"));
			assertThat(vectors).containsExactly(VECTORS.get("north"), VECTORS.get("east"));
		}
	}

	@Test
	void aNearTwinOfAnAdmittedAssetIsADuplicateButTheAssetItselfIsNot() throws Exception {
		AssetId first = AssetId.next();
		try (LuceneOriginalityIndex index = new LuceneOriginalityIndex(this.directory)) {
			OriginalityCheck check = check(index);
			assertThat(check.judge("acme", first, VECTORS.get("east"), true).findings()).isEmpty();

			OriginalityCheck.Judgement twin = check.judge("acme", AssetId.next(), VECTORS.get("east-ish"), true);
			assertThat(twin.findings()).extracting(Finding::code).containsExactly("NEAR_DUPLICATE");
			assertThat(twin.findings()).extracting(Finding::evidence).containsExactly(first.toString());

			assertThat(check.judge("acme", first, VECTORS.get("east"), true).findings())
				.as("judged again: never its own twin")
				.isEmpty();
			assertThat(check.judge("acme", AssetId.next(), VECTORS.get("north"), true).findings()).isEmpty();
		}
	}

	@Test
	void anAdmissionJoinsTheIndexOnlyWhenItsTransactionCommits() throws Exception {
		AssetId first = AssetId.next();
		AssetId twin = AssetId.next();
		try (LuceneOriginalityIndex index = new LuceneOriginalityIndex(this.directory)) {
			OriginalityCheck check = check(index);
			List<TransactionSynchronization> rolledBack = inTransaction(
					() -> assertThat(check.judge("acme", first, VECTORS.get("east"), true).findings()).isEmpty());
			assertThat(index.contains(first)).isFalse();
			rolledBack.forEach((sync) -> sync.afterCompletion(TransactionSynchronization.STATUS_ROLLED_BACK));

			assertThat(check.judge("acme", twin, VECTORS.get("east-ish"), false).findings())
				.as("a rolled-back approval is nobody's original")
				.isEmpty();

			List<TransactionSynchronization> committed = inTransaction(() -> {
				assertThat(check.judge("acme", first, VECTORS.get("east"), true).findings())
					.as("the redelivery after the rollback")
					.isEmpty();
				assertThat(check.judge("acme", twin, VECTORS.get("east-ish"), true).findings())
					.as("an approval not committed yet still blocks its twin")
					.extracting(Finding::evidence)
					.containsExactly(first.toString());
			});
			assertThat(index.contains(first)).isFalse();
			committed.forEach(TransactionSynchronization::afterCommit);
			committed.forEach((sync) -> sync.afterCompletion(TransactionSynchronization.STATUS_COMMITTED));
			assertThat(index.contains(first)).isTrue();
			assertThat(index.contains(twin)).isFalse();
			assertThat(check.judge("acme", twin, VECTORS.get("east-ish"), false).findings())
				.extracting(Finding::evidence)
				.containsExactly(first.toString());
		}
	}

	@Test
	void anAssetNotToBeAdmittedIsNobodysOriginal() throws Exception {
		try (LuceneOriginalityIndex index = new LuceneOriginalityIndex(this.directory)) {
			OriginalityCheck check = check(index);
			AssetId inReview = AssetId.next();
			assertThat(check.judge("acme", inReview, VECTORS.get("east"), false).findings()).isEmpty();
			assertThat(index.contains(inReview)).isFalse();
			assertThat(check.judge("acme", AssetId.next(), VECTORS.get("east-ish"), true).findings()).isEmpty();
		}
	}

	@Test
	void restoresAnApprovalMissingFromTheIndexOnce() throws Exception {
		AssetId approved = AssetId.next();
		try (LuceneOriginalityIndex index = new LuceneOriginalityIndex(this.directory)) {
			OriginalityCheck check = check(index);
			assertThat(check.restore("acme", approved, VECTORS.get("east"))).isTrue();
			assertThat(check.restore("acme", approved, VECTORS.get("east"))).isFalse();
			assertThat(check.judge("acme", AssetId.next(), VECTORS.get("east-ish"), false).findings())
				.extracting(Finding::evidence)
				.containsExactly(approved.toString());
		}
	}

	/** Runs work with transaction synchronisation on, as a transaction would. */
	private static List<TransactionSynchronization> inTransaction(Runnable work) {
		TransactionSynchronizationManager.initSynchronization();
		try {
			work.run();
			return TransactionSynchronizationManager.getSynchronizations();
		}
		finally {
			TransactionSynchronizationManager.clearSynchronization();
		}
	}

	private OriginalityCheck check(OriginalityIndex index) {
		return new OriginalityCheck(STUB, index,
				new OriginalitySettings(0.92, this.directory, Duration.ofSeconds(1), Duration.ofMinutes(1)));
	}

}
