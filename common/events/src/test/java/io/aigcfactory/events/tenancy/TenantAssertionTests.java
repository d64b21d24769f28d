package io.aigcfactory.events.tenancy;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class TenantAssertionTests {

	static final String SECRET = "a-secret-of-at-least-thirty-two-bytes!";

	static final Instant NOW = Instant.parse("2026-11-30T08:00:00Z");

	final TenantAssertion assertion = new TenantAssertion(SECRET, Duration.ofMinutes(5));

	@Test
	void acceptsWhatItSigned() {
		String signed = this.assertion.sign("acme", "r-1", NOW);
		assertThat(signed).startsWith("t=" + NOW.getEpochSecond() + ",v1=");
		assertThat(this.assertion.verify("acme", "r-1", signed, NOW.plusSeconds(299))).isTrue();
	}

	@Test
	void refusesAnotherTenantOrRequestUnderTheSameSignature() {
		String signed = this.assertion.sign("acme", "r-1", NOW);
		assertThat(this.assertion.verify("globex", "r-1", signed, NOW)).isFalse();
		assertThat(this.assertion.verify("acme", "r-2", signed, NOW)).isFalse();
	}

	@Test
	void refusesAnAssertionSignedWithAnotherSecret() {
		String forged = new TenantAssertion(SECRET + "x", Duration.ofMinutes(5)).sign("acme", "r-1", NOW);
		assertThat(this.assertion.verify("acme", "r-1", forged, NOW)).isFalse();
	}

	@Test
	void refusesATimeOutsideTheSkewEitherWay() {
		assertThat(this.assertion.verify("acme", "r-1", this.assertion.sign("acme", "r-1", NOW.minusSeconds(301)), NOW))
			.isFalse();
		assertThat(this.assertion.verify("acme", "r-1", this.assertion.sign("acme", "r-1", NOW.plusSeconds(301)), NOW))
			.isFalse();
	}

	@Test
	void refusesMissingOrMalformedHeaders() {
		String signed = this.assertion.sign("acme", "r-1", NOW);
		assertThat(this.assertion.verify(null, "r-1", signed, NOW)).isFalse();
		assertThat(this.assertion.verify("acme", null, signed, NOW)).isFalse();
		assertThat(this.assertion.verify("acme", "r-1", null, NOW)).isFalse();
		assertThat(this.assertion.verify("acme", "r-1", "t=x,v1=abc", NOW)).isFalse();
		assertThat(this.assertion.verify("acme", "r-1", "v1=abc", NOW)).isFalse();
		assertThat(this.assertion.verify("acme", "r-1", "t=1,v1=%%%", NOW)).isFalse();
	}

	@Test
	void refusesAShortSecret() {
		assertThatIllegalArgumentException().isThrownBy(() -> new TenantAssertion("short", Duration.ofMinutes(5)));
	}

}
