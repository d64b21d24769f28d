package io.aigcfactory.inspection.messaging;

import java.util.ArrayList;
import java.util.List;

import io.aigcfactory.events.Angle;
import io.aigcfactory.events.AssetEvent;
import io.aigcfactory.events.AssetId;
import io.aigcfactory.events.AssetProduced;
import io.aigcfactory.events.ConceptId;
import io.aigcfactory.events.Copy;
import io.aigcfactory.events.EventMetadata;
import io.aigcfactory.events.ProductSummary;
import io.aigcfactory.events.Rendition;
import io.aigcfactory.events.RenditionKind;
import io.aigcfactory.events.RequirementId;
import io.aigcfactory.events.Topics;
import io.aigcfactory.inference.InferenceException;
import io.aigcfactory.inference.InferenceException.Reason;
import io.aigcfactory.inspection.verdict.AssetInspection;
import io.aigcfactory.inspection.verdict.ScreenedAsset;
import io.aigcfactory.platform.messaging.IdempotentConsumer;
import io.aigcfactory.platform.messaging.TransientFailure;
import io.aigcfactory.platform.messaging.UnprocessableEvent;
import io.aigcfactory.platform.observability.MessageTracing;
import io.opentelemetry.api.OpenTelemetry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import org.springframework.kafka.listener.BatchListenerFailedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willAnswer;
import static org.mockito.Mockito.mock;

/**
 * How the batch listener maps a poll onto the inspection and a failure onto the index of
 * its record, with the inspection and the idempotent consumer stubbed.
 */
class AssetListenerTests {

	private final AssetInspection inspection = mock(AssetInspection.class);

	private final IdempotentConsumer idempotent = mock(IdempotentConsumer.class);

	private final List<AssetProduced> screened = new ArrayList<>();

	private final List<AssetProduced> concluded = new ArrayList<>();

	private final AssetListener listener = new AssetListener(this.idempotent, this.inspection,
			new MessageTracing(OpenTelemetry.noop()));

	AssetListenerTests() {
		given(this.inspection.screen(anyList())).willAnswer((call) -> {
			List<AssetProduced> assets = call.getArgument(0);
			this.screened.addAll(assets);
			return assets.stream().map(AssetListenerTests::screenedAs).toList();
		});
		willAnswer((call) -> {
			call.<Runnable>getArgument(2).run();
			return true;
		}).given(this.idempotent).handle(anyString(), any(), any());
	}

	@Test
	void screensThePollTogetherAndConcludesEveryAssetInOrder() {
		List<AssetProduced> assets = List.of(asset("a"), asset("b"), asset("c"));
		concludeRecording(null);
		this.listener.on(records(assets.get(0), assets.get(1), assets.get(2)));
		assertThat(this.screened).isEqualTo(assets);
		assertThat(this.concluded).isEqualTo(assets);
	}

	@Test
	void aFailingAssetIsReportedByItsIndexAndTheAssetsAfterItAreLeftForRedelivery() {
		AssetProduced a = asset("a");
		AssetProduced b = asset("b");
		AssetProduced c = asset("c");
		concludeRecording(b);
		BatchListenerFailedException failure = catchThrowableOfType(BatchListenerFailedException.class,
				() -> this.listener.on(records(a, b, c)));
		assertThat(failure.getIndex()).isEqualTo(1);
		assertThat(failure).hasRootCauseInstanceOf(UnprocessableEvent.class);
		assertThat(this.concluded).containsExactly(a);
	}

	@Test
	void anUnreadableRecordIsReportedByItsIndexAfterTheRecordsBeforeItAreDone() {
		AssetProduced a = asset("a");
		AssetProduced c = asset("c");
		concludeRecording(null);
		BatchListenerFailedException failure = catchThrowableOfType(BatchListenerFailedException.class,
				() -> this.listener.on(records(a, null, c)));
		assertThat(failure.getIndex()).isEqualTo(1);
		assertThat(this.screened).containsExactly(a);
		assertThat(this.concluded).containsExactly(a);
	}

	@Test
	void aModelThatIsDownOrTooSlowForNowIsAPassingFailure() {
		AssetProduced a = asset("a");
		for (Reason reason : List.of(Reason.UNAVAILABLE, Reason.DEADLINE_EXCEEDED)) {
			concludeFailing(a, new IllegalStateException("wrapped", new InferenceException(reason, "model down")));
			BatchListenerFailedException failure = catchThrowableOfType(BatchListenerFailedException.class,
					() -> this.listener.on(records(a)));
			assertThat(failure.getIndex()).isZero();
			assertThat(failure.getCause()).isInstanceOf(TransientFailure.class).hasMessageContaining(reason.name());
		}
	}

	@Test
	void aRequestTheModelCanNeverServeKeepsItsOwnFailure() {
		AssetProduced a = asset("a");
		InferenceException invalid = new InferenceException(Reason.INVALID_INPUT, "does not fit the signature");
		concludeFailing(a, invalid);
		BatchListenerFailedException failure = catchThrowableOfType(BatchListenerFailedException.class,
				() -> this.listener.on(records(a)));
		assertThat(failure.getCause()).isSameAs(invalid);
	}

	private void concludeFailing(AssetProduced failing, RuntimeException failure) {
		willAnswer((call) -> {
			throw failure;
		}).given(this.inspection).conclude(any());
	}

	private void concludeRecording(AssetProduced failing) {
		willAnswer((call) -> {
			AssetProduced asset = call.<ScreenedAsset>getArgument(0).asset();
			if (asset.equals(failing)) {
				throw new UnprocessableEvent("no such requirement");
			}
			this.concluded.add(asset);
			return null;
		}).given(this.inspection).conclude(any());
	}

	private static ScreenedAsset screenedAs(AssetProduced asset) {
		ScreenedAsset screened = mock(ScreenedAsset.class);
		given(screened.asset()).willReturn(asset);
		return screened;
	}

	private static List<ConsumerRecord<String, AssetEvent>> records(AssetProduced... assets) {
		List<ConsumerRecord<String, AssetEvent>> records = new ArrayList<>();
		for (int i = 0; i < assets.length; i++) {
			records.add(new ConsumerRecord<>(Topics.ASSET.name(), 0, i, "key", assets[i]));
		}
		return records;
	}

	private static AssetProduced asset(String headline) {
		return new AssetProduced(EventMetadata.now("acme"), RequirementId.next(), AssetId.next(), ConceptId.next(), 1,
				Angle.FUNCTION, new ProductSummary("SKU-1", "保温杯", "暖暖", "家居/杯具"),
				new Copy(headline, "一整天都是刚刚好的温度。", "立即选购", List.of("12 小时保温")),
				List.of(new Rendition(RenditionKind.COPY, "copy.txt", "blob:assets/x/copy.txt", "text/plain", 0, 0, 10,
						"00")),
				List.of("taobao"));
	}

}
