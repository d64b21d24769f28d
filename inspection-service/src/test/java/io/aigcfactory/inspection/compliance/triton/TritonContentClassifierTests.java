package io.aigcfactory.inspection.compliance.triton;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.aigcfactory.events.Verdict;
import io.aigcfactory.inference.batch.BatchObserver;
import io.aigcfactory.inference.batch.BatchPolicy;
import io.aigcfactory.inference.batch.DynamicBatcher;
import io.aigcfactory.inference.batch.EjectionPolicy;
import io.aigcfactory.inference.batch.SystemBatchClock;
import io.aigcfactory.inference.triton.ModelInput;
import io.aigcfactory.inference.triton.ModelOutput;
import io.aigcfactory.inference.triton.TritonBackend;
import io.aigcfactory.inference.triton.TritonClient;
import io.aigcfactory.inference.triton.TritonModel;
import io.aigcfactory.inspection.compliance.ComplianceFunnel;
import io.aigcfactory.inspection.compliance.ComplianceReport;
import io.aigcfactory.inspection.compliance.ContentClassifier.Classification;
import io.aigcfactory.inspection.compliance.ContentClassifier.Tier;
import io.aigcfactory.inspection.compliance.TextChecks;
import io.aigcfactory.inspection.compliance.TextChecks.TextToCheck;
import io.aigcfactory.test.kserve.GuardTestModel;
import io.aigcfactory.test.kserve.KServeTestServer;
import io.grpc.ManagedChannel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The classifier tier on the in-process KServe test server's guard model, through the
 * shared batcher.
 */
class TritonContentClassifierTests {

	private static final ComplianceFunnel funnel = ComplianceFunnel.withDefaultLexicon();

	private final List<AutoCloseable> resources = new ArrayList<>();

	@AfterEach
	void close() throws Exception {
		for (AutoCloseable resource : this.resources.reversed()) {
			resource.close();
		}
	}

	@Test
	void readsTheThreeTiersOfEachTextInOrderAndBatchesThem() {
		KServeTestServer server = server();
		TritonContentClassifier classifier = classifier(server);

		List<Classification> classes = classifier.classifyAll(List.of("纯棉T恤，透气舒服", "加入网络赌场，日赚千元", "擦边穿搭，懂的都懂"));

		assertThat(classes).containsExactly(new Classification(Tier.SAFE, "None"),
				new Classification(Tier.UNSAFE, "Non-violent Illegal Acts"),
				new Classification(Tier.CONTROVERSIAL, "Sexual Content or Sexual Acts"));
		assertThat(server.stats("guard").items()).isEqualTo(3);
		assertThat(server.stats("guard").requests()).isLessThan(3);
	}

	@Test
	void mapsTiersToVerdictsAfterTheLexiconAndSaysTheClassifierRan() {
		TextChecks checks = new TextChecks(funnel, classifier(server()));

		List<ComplianceReport> reports = checks
			.check(List.of(text("纯棉T恤，透气舒服"), text("擦边穿搭，懂的都懂"), text("跟着老师做，包你发财")));

		assertThat(reports).extracting(ComplianceReport::verdict)
			.containsExactly(Verdict.APPROVED, Verdict.REVIEW, Verdict.REJECTED);
		assertThat(reports.get(2).violations()).extracting((violation) -> violation.code())
			.contains("CLASSIFIER_UNSAFE");
		assertThat(reports).allSatisfy((report) -> assertThat(report.checked()).contains("classifier:guard"));
	}

	@Test
	void withoutAClassifierOnlyTheLexiconAndRulesRunAndTheReportSaysSo() {
		ComplianceReport report = new TextChecks(funnel, null).check(List.of(text("跟着老师做，包你发财"))).getFirst();

		assertThat(report.verdict()).isEqualTo(Verdict.APPROVED);
		assertThat(report.checked()).contains("classifier:off (only the lexicon and rules ran)");
	}

	@Test
	void aClassifierThatIsDownLeavesTheLexiconVerdictAndSaysSo() {
		KServeTestServer server = server();
		TritonContentClassifier classifier = classifier(server);
		server.failNext("guard", 100, io.grpc.Status.Code.INVALID_ARGUMENT);

		ComplianceReport report = new TextChecks(funnel, classifier).check(List.of(text("最好的耳机"))).getFirst();

		assertThat(report.verdict()).isEqualTo(Verdict.REJECTED);
		assertThat(report.checked()).contains("classifier:guard failed (only the lexicon and rules ran)");
	}

	private static TextToCheck text(String text) {
		return new TextToCheck(text, "服饰", List.of(), List.of());
	}

	private KServeTestServer server() {
		KServeTestServer server = KServeTestServer.inProcess(GuardTestModel.model("guard"));
		this.resources.add(server);
		return server;
	}

	private TritonContentClassifier classifier(KServeTestServer server) {
		ManagedChannel channel = server.newChannel();
		this.resources.add(channel::shutdownNow);
		TritonBackend backend = new TritonBackend(TritonModel.batched("guard"),
				List.of(new TritonClient(server.target(), channel, 64 << 20)));
		BatchPolicy policy = new BatchPolicy(16, 16, Duration.ofMillis(20), 64, 3, 2, Duration.ofSeconds(10), 1);
		DynamicBatcher<ModelInput, ModelOutput> batcher = new DynamicBatcher<>(backend, policy, (item) -> 1,
				EjectionPolicy.DEFAULT, SystemBatchClock.shared(), BatchObserver.NONE);
		this.resources.add(batcher);
		return new TritonContentClassifier(batcher, Duration.ofSeconds(5));
	}

}
