package io.aigcfactory.creative.web;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import io.aigcfactory.platform.web.FieldProblem;
import io.aigcfactory.platform.web.InvalidInput;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class BatchReaderTests {

	@Test
	void readsOneSubmissionPerLineSkippingBlankLinesAndCarriageReturns() {
		BatchReader batch = BatchReader.read(bytes("{\"title\":\"一\"}\r\n\n{\"title\":\"二\"}\n"), 10);
		assertThat(batch.submissions()).containsOnlyKeys(1, 3);
		assertThat(batch.submissions().get(3).title()).isEqualTo("二");
		assertThat(batch.problems()).isEmpty();
	}

	@Test
	void anUnreadableLineCostsOnlyThatLine() throws Exception {
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.write(bytes("{\"title\":\"一\"}\n{\"title\":\""));
		body.write(new byte[] { (byte) 0xFF, (byte) 0xFE });
		body.write(bytes("\"}\n{\"title\":\"三\",\"colour\":\"red\"}\n{\"title\":\"四\"}\n"));
		BatchReader batch = BatchReader.read(body.toByteArray(), 10);
		assertThat(batch.submissions()).containsOnlyKeys(1, 4);
		assertThat(batch.problems()).extracting(FieldProblem::line).containsExactly(2, 3);
		assertThat(batch.problems().get(0).field()).isEqualTo("title");
		assertThat(batch.problems().get(1).field()).isEqualTo("colour");
		assertThat(batch.problems().get(1).detail()).isEqualTo("is not a known field");
	}

	@Test
	void refusesAnEmptyBatch() {
		assertThatExceptionOfType(InvalidInput.class).isThrownBy(() -> BatchReader.read(bytes("\n  \n"), 10))
			.satisfies((failure) -> assertThat(failure.problems().getFirst().field()).isEqualTo("body"));
	}

	@Test
	void refusesMoreLinesThanAllowed() {
		assertThatExceptionOfType(InvalidInput.class).isThrownBy(() -> BatchReader.read(bytes("{}\n".repeat(11)), 10))
			.withMessageContaining("more than 10");
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

}
