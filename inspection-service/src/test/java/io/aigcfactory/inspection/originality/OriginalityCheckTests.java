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
import io.aigcfactory.events.Copy;
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

	private static final Map<String, String> COPIES = Map.of("east", "东方既白，晨光照在山脊上，第一班地铁开出车库", "east-ish",
			"午后雷雨骤至，街角咖啡馆坐满了躲雨的学生", "north", "北风卷地白草折，胡天八月即飞雪，万里关山一片苍茫");

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
		try (LuceneOriginalityIndex index = new LuceneOriginalityIndex(this.directory, 32)) {
			List<float[]> vectors = check(index).embedAll(List.of("north", "east"));
			assertThat(vectors).containsExactly(VECTORS.get("north"), VECTORS.get("east"));
		}
	}

	@Test
	void aNearTwinOfAnAdmittedAssetIsADuplicateButTheAssetItselfIsNot() throws Exception {
		AssetId first = AssetId.next();
		try (LuceneOriginalityIndex index = new LuceneOriginalityIndex(this.directory, 32)) {
			OriginalityCheck check = check(index);
			assertThat(check.judge("acme", first, fp("east"), true).findings()).isEmpty();

			OriginalityCheck.Judgement twin = check.judge("acme", AssetId.next(), fp("east-ish"), true);
			assertThat(twin.findings()).extracting(Finding::code).containsExactly("NEAR_DUPLICATE");
			assertThat(twin.findings()).extracting(Finding::evidence).containsExactly(first.toString());

			assertThat(check.judge("acme", first, fp("east"), true).findings()).as("judged again: never its own twin")
				.isEmpty();
			assertThat(check.judge("acme", AssetId.next(), fp("north"), true).findings()).isEmpty();
		}
	}

	@Test
	void anAdmissionJoinsTheIndexOnlyWhenItsTransactionCommits() throws Exception {
		AssetId first = AssetId.next();
		AssetId twin = AssetId.next();
		try (LuceneOriginalityIndex index = new LuceneOriginalityIndex(this.directory, 32)) {
			OriginalityCheck check = check(index);
			List<TransactionSynchronization> rolledBack = inTransaction(
					() -> assertThat(check.judge("acme", first, fp("east"), true).findings()).isEmpty());
			assertThat(index.contains(first)).isFalse();
			rolledBack.forEach((sync) -> sync.afterCompletion(TransactionSynchronization.STATUS_ROLLED_BACK));

			assertThat(check.judge("acme", twin, fp("east-ish"), false).findings())
				.as("a rolled-back approval is nobody's original")
				.isEmpty();

			List<TransactionSynchronization> committed = inTransaction(() -> {
				assertThat(check.judge("acme", first, fp("east"), true).findings())
					.as("the redelivery after the rollback")
					.isEmpty();
				assertThat(check.judge("acme", twin, fp("east-ish"), true).findings())
					.as("an approval not committed yet still blocks its twin")
					.extracting(Finding::evidence)
					.containsExactly(first.toString());
			});
			assertThat(index.contains(first)).isFalse();
			committed.forEach(TransactionSynchronization::afterCommit);
			committed.forEach((sync) -> sync.afterCompletion(TransactionSynchronization.STATUS_COMMITTED));
			assertThat(index.contains(first)).isTrue();
			assertThat(index.contains(twin)).isFalse();
			assertThat(check.judge("acme", twin, fp("east-ish"), false).findings()).extracting(Finding::evidence)
				.containsExactly(first.toString());
		}
	}

	@Test
	void anAssetNotToBeAdmittedIsNobodysOriginal() throws Exception {
		try (LuceneOriginalityIndex index = new LuceneOriginalityIndex(this.directory, 32)) {
			OriginalityCheck check = check(index);
			AssetId inReview = AssetId.next();
			assertThat(check.judge("acme", inReview, fp("east"), false).findings()).isEmpty();
			assertThat(index.contains(inReview)).isFalse();
			assertThat(check.judge("acme", AssetId.next(), fp("east-ish"), true).findings()).isEmpty();
		}
	}

	@Test
	void restoresAnApprovalMissingFromTheIndexOnce() throws Exception {
		AssetId approved = AssetId.next();
		try (LuceneOriginalityIndex index = new LuceneOriginalityIndex(this.directory, 32)) {
			OriginalityCheck check = check(index);
			assertThat(check.restore("acme", approved, fp("east"))).isTrue();
			assertThat(check.restore("acme", approved, fp("east"))).isFalse();
			assertThat(check.judge("acme", AssetId.next(), fp("east-ish"), false).findings())
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
		return new OriginalityCheck(STUB, index, new OriginalitySettings(0.92, 0.7, 4, 0.5, 32, this.directory,
				Duration.ofSeconds(1), Duration.ofMinutes(1)));
	}

	/**
	 * The fingerprint of a known text: its stub embedding, a copy of its own, no image.
	 */
	private static Fingerprint fp(String text) {
		return new Fingerprint(VECTORS.get(text), TextFingerprinter.signature(COPIES.get(text), "暖暖"), null);
	}

	@Test
	void copyIdenticalButForTheBrandIsADuplicateWhateverTheEmbeddingSays() throws Exception {
		String template = "%s 316 不锈钢保温杯，12 小时长效保温，一键开盖单手就能喝，通勤路上随手带上，%s 陪你温暖每一天。";
		AssetId original = AssetId.next();
		try (LuceneOriginalityIndex index = new LuceneOriginalityIndex(this.directory, 32)) {
			OriginalityCheck check = check(index);
			Fingerprint first = new Fingerprint(VECTORS.get("east"),
					TextFingerprinter.signature(template.formatted("暖暖", "暖暖"), "暖暖"), null);
			assertThat(check.judge("acme", original, first, true).findings()).isEmpty();

			Fingerprint rebranded = new Fingerprint(VECTORS.get("north"),
					TextFingerprinter.signature(template.formatted("热乎乎", "热乎乎"), "热乎乎"), null);
			OriginalityCheck.Judgement judgement = check.judge("acme", AssetId.next(), rebranded, true);
			assertThat(judgement.findings()).extracting(Finding::code).containsExactly("NEAR_DUPLICATE_TEXT");
			assertThat(judgement.findings()).extracting(Finding::evidence).containsExactly(original.toString());
			assertThat(check.judge("other", AssetId.next(), rebranded, true).findings()).as("another tenant's copy")
				.isEmpty();
		}
	}

	@Test
	void aMainImageAFewBitsFromAnApprovedOneWithCopyAlikeIsADuplicate() throws Exception {
		String copy = "%s 316 不锈钢保温杯，12 小时长效保温，一键开盖单手就能喝，%s随手带上，陪你温暖每一天。";
		AssetId original = AssetId.next();
		long hash = 0x5a5a_0f0f_3c3c_9696L;
		try (LuceneOriginalityIndex index = new LuceneOriginalityIndex(this.directory, 32)) {
			OriginalityCheck check = check(index);
			Fingerprint first = new Fingerprint(VECTORS.get("east"),
					TextFingerprinter.signature(copy.formatted("暖暖", "通勤路上"), "暖暖"), hash);
			assertThat(check.judge("acme", original, first, true).findings()).isEmpty();

			TextSignature alike = TextFingerprinter.signature(copy.formatted("暖暖", "周末爬山"), "暖暖");
			assertThat(alike.similarity(first.text())).as("alike, but not a text duplicate").isBetween(0.5, 0.7);
			Fingerprint close = new Fingerprint(VECTORS.get("north"), alike, hash ^ 0b1011L);
			assertThat(check.judge("acme", AssetId.next(), close, true).findings()).extracting(Finding::code)
				.containsExactly("NEAR_DUPLICATE_IMAGE");
			Fingerprint far = new Fingerprint(VECTORS.get("north"), alike, hash ^ 0b11111L);
			assertThat(check.judge("acme", AssetId.next(), far, false).findings()).as("5 bits apart, past 4").isEmpty();
		}
	}

	/** The perceptual hash of the layout the image-words tests draw on. */
	private static final long LAYOUT = 0x5a5a_0f0f_3c3c_9696L;

	/** Copy of an approved asset of the brand 木森. */
	private static final Copy APPROVED_SHOWN = new Copy("以前将就，现在减压肩带", "从将就到讲究，通勤风时代的新选择：隐藏防盗口袋，上手就有新鲜感。", "马上种草",
			List.of("减压肩带", "隐藏防盗口袋"));

	/**
	 * Copy of the same product whose image shows the same headline and highlights; only
	 * its body and button differ.
	 */
	private static final Copy SAME_WORDS_OTHER_BODY = new Copy("以前将就，现在减压肩带", "从将就到讲究，周末约会用它，城市散步也用它，隐藏防盗口袋一直都在身边。",
			"加入日常", List.of("减压肩带", "隐藏防盗口袋"));

	@Test
	void aMainImageShowingTheWordsOfAnApprovedOneIsADuplicateThoughTheRestOfItsCopyDiffers() throws Exception {
		// Two assets of one product whose images were drawn from the same headline and
		// highlights: the images differ only in the button, the copies in body and
		// button.
		try (LuceneOriginalityIndex index = new LuceneOriginalityIndex(this.directory, 32)) {
			OriginalityCheck check = check(index);
			AssetId original = AssetId.next();
			assertThat(check.judge("acme", original, fingerprint(APPROVED_SHOWN, "east", LAYOUT), true).findings())
				.isEmpty();

			Fingerprint probe = fingerprint(SAME_WORDS_OTHER_BODY, "north", LAYOUT ^ 0b1L);
			assertThat(probe.text().similarity(TextFingerprinter.signature(APPROVED_SHOWN.fullText(), "木森")))
				.as("the whole copies are not alike enough to judge the image by")
				.isLessThan(0.5);
			OriginalityCheck.Judgement judgement = check.judge("acme", AssetId.next(), probe, true);
			assertThat(judgement.findings()).extracting(Finding::code).containsExactly("NEAR_DUPLICATE_IMAGE");
			assertThat(judgement.findings()).extracting(Finding::evidence).containsExactly(original.toString());

			Copy ownWords = new Copy("通勤十年，肩膀第一次不酸", "从将就到讲究，通勤风时代的新选择：隐藏防盗口袋，上手就有新鲜感。", "马上种草",
					List.of("独立电脑隔层", "防泼水面料"));
			assertThat(check.judge("acme", AssetId.next(), fingerprint(ownWords, "north", LAYOUT ^ 0b1L), false)
				.findings()).as("the same layout showing other words").isEmpty();
		}
	}

	@Test
	void findsTheImageShowingTheSameWordsAmongManyLayoutsCloserToTheHash() throws Exception {
		// A tenant's layouts crowd the 64-bit hash: hundreds of approved images lie at 0
		// bits from the probe with words of their own, the one showing its words at 1.
		try (LuceneOriginalityIndex index = new LuceneOriginalityIndex(this.directory, 32)) {
			OriginalityCheck check = check(index);
			AssetId original = AssetId.next();
			check.judge("acme", original, fingerprint(APPROVED_SHOWN, "east", LAYOUT ^ 0b1L), true);
			for (int i = 0; i < 300; i++) {
				Copy other = new Copy("第 " + i + " 款的标题各不相同", "正文" + i, "看看" + i, List.of("卖点甲" + i, "卖点乙" + i));
				index.put("acme", AssetId.next(), fingerprint(other, "east-ish", LAYOUT));
			}

			OriginalityCheck.Judgement judgement = check.judge("acme", AssetId.next(),
					fingerprint(SAME_WORDS_OTHER_BODY, "north", LAYOUT), true);
			assertThat(judgement.findings()).extracting(Finding::code).containsExactly("NEAR_DUPLICATE_IMAGE");
			assertThat(judgement.findings()).extracting(Finding::evidence).containsExactly(original.toString());
		}
	}

	/** A fingerprint of copy for a product of the brand 木森, with a main image. */
	private static Fingerprint fingerprint(Copy copy, String vector, long image) {
		return new Fingerprint(VECTORS.get(vector), TextFingerprinter.signature(copy.fullText(), "木森"), image,
				TextFingerprinter.imageSignature(copy, "木森"));
	}

	@Test
	void aVariantSharingTheProductPhotographWithCopyOfItsOwnIsOriginal() throws Exception {
		long photograph = 0x5a5a_0f0f_3c3c_9696L;
		try (LuceneOriginalityIndex index = new LuceneOriginalityIndex(this.directory, 32)) {
			OriginalityCheck check = check(index);
			Fingerprint first = new Fingerprint(VECTORS.get("east"),
					TextFingerprinter.signature(COPIES.get("east"), "暖暖"), photograph);
			assertThat(check.judge("acme", AssetId.next(), first, true).findings()).isEmpty();

			Fingerprint variant = new Fingerprint(VECTORS.get("north"),
					TextFingerprinter.signature(COPIES.get("north"), "暖暖"), photograph ^ 0b1L);
			assertThat(check.judge("acme", AssetId.next(), variant, true).findings()).isEmpty();
		}
	}

	@Test
	void anAssetApprovedByAReviewerJoinsTheIndexWhenTheDecisionCommits() throws Exception {
		AssetId reviewed = AssetId.next();
		try (LuceneOriginalityIndex index = new LuceneOriginalityIndex(this.directory, 32)) {
			OriginalityCheck check = check(index);
			assertThat(check.judge("acme", reviewed, fp("east"), false).findings()).isEmpty();
			List<TransactionSynchronization> committed = inTransaction(
					() -> check.admitApproved("acme", reviewed, fp("east")));
			assertThat(index.contains(reviewed)).isFalse();
			committed.forEach(TransactionSynchronization::afterCommit);
			committed.forEach((sync) -> sync.afterCompletion(TransactionSynchronization.STATUS_COMMITTED));
			assertThat(check.judge("acme", AssetId.next(), fp("east-ish"), false).findings())
				.extracting(Finding::evidence)
				.containsExactly(reviewed.toString());
		}
	}

}
