package io.aigcfactory.creative.provenance;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.MACSigner;
import io.aigcfactory.events.EventCodec;
import io.aigcfactory.trust.boot.TrustSettings;

import org.springframework.stereotype.Component;

/**
 * An asset's provenance as a signed JSON manifest: a compact JWS (HS256 under the
 * deployment's signing key, type {@code aigc-provenance+json}) whose payload names the
 * producer, the asset and its tenant, the chain's length, head hash and check, and every
 * record with its facts and hash. Anyone holding the key can check that the manifest is
 * the factory's and unaltered, and recompute each hash from the facts.
 */
@Component
class ProvenanceManifest {

	static final JOSEObjectType TYPE = new JOSEObjectType("aigc-provenance+json");

	private final TrustSettings trust;

	private final Clock clock;

	ProvenanceManifest(TrustSettings trust, Clock clock) {
		this.trust = trust;
		this.clock = clock;
	}

	String sign(Provenance.Chain chain) {
		Map<String, Object> manifest = new LinkedHashMap<>();
		ProvenanceRecord first = chain.records().get(0);
		manifest.put("iss", this.trust.producer());
		manifest.put("sub", first.assetId().toString());
		manifest.put("tenant", first.tenantId());
		manifest.put("iat", Instant.now(this.clock).getEpochSecond());
		manifest.put("chain", chain.check());
		manifest.put("records", chain.records().stream().map(ProvenanceManifest::record).toList());
		JWSObject jws = new JWSObject(new JWSHeader.Builder(JWSAlgorithm.HS256).type(TYPE).build(),
				new Payload(EventCodec.mapper().writeValueAsString(manifest)));
		try {
			jws.sign(new MACSigner(this.trust.signingKey().getBytes(StandardCharsets.UTF_8)));
		}
		catch (JOSEException ex) {
			throw new IllegalStateException("Cannot sign a provenance manifest", ex);
		}
		return jws.serialize();
	}

	static Map<String, Object> record(ProvenanceRecord record) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("seq", record.seq());
		json.put("kind", record.kind());
		json.put("eventId", record.eventId().toString());
		json.put("recordedAt", record.recordedAt());
		json.put("facts", EventCodec.mapper().readTree(record.payloadJson()));
		json.put("prevHash", record.prevHash());
		json.put("hash", record.hash());
		return json;
	}

}
