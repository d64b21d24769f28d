package io.aigcfactory.creative.provenance;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.aigcfactory.events.AssetInspected;
import io.aigcfactory.events.Finding;
import io.aigcfactory.events.AssetProduced;
import io.aigcfactory.events.AssetPublished;
import io.aigcfactory.events.EventCodec;
import io.aigcfactory.events.PublicationFailed;
import io.aigcfactory.events.Rendition;
import io.aigcfactory.events.RenditionKind;
import io.aigcfactory.platform.storage.BlobNotFound;
import io.aigcfactory.platform.storage.BlobStore;
import io.aigcfactory.trust.carrier.LabelVerdict;
import io.aigcfactory.trust.carrier.Labels;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Records what happens to each asset into its provenance chain: production (the concept's
 * writer and model, the style, every file with its SHA-256 and the implicit label read
 * from the stored file, with whether its signature holds), each inspection verdict with
 * its findings, and each publication or failed publication per channel.
 */
@Service
public class Provenance {

	/**
	 * How inspection's review queue names a reviewer's decision among an asset's findings
	 * ({@code REVIEWER_APPROVED}, {@code REVIEWER_REJECTED}), the reviewer as its
	 * evidence.
	 */
	private static final String REVIEWER = "REVIEWER_";

	private final ProvenanceLedger ledger;

	private final BlobStore blobs;

	private final Labels labels;

	private final JdbcClient jdbc;

	private final Clock clock;

	Provenance(ProvenanceLedger ledger, BlobStore blobs, Labels labels, JdbcClient jdbc, Clock clock) {
		this.ledger = ledger;
		this.blobs = blobs;
		this.labels = labels;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public void produced(AssetProduced event) {
		Map<String, Object> facts = new LinkedHashMap<>();
		facts.put("requirementId", event.requirementId().toString());
		facts.put("conceptId", event.conceptId().toString());
		facts.put("attempt", event.attempt());
		facts.put("angle", event.angle().name());
		facts.put("channels", event.channels());
		facts.put("concept", concept(event.conceptId().value()));
		List<Map<String, Object>> files = new ArrayList<>();
		for (Rendition rendition : event.renditions()) {
			files.add(file(rendition, event.renditions()));
		}
		facts.put("files", files);
		append(event.assetId().value(), event.metadata().tenantId(), "PRODUCED", event.metadata().eventId(), facts);
	}

	/**
	 * Records a verdict: inspection's ({@code INSPECTED}), or a reviewer's decision on an
	 * asset that waited for review ({@code REVIEWED}, with who decided and why).
	 */
	public void inspected(AssetInspected event) {
		Map<String, Object> facts = new LinkedHashMap<>();
		facts.put("verdict", event.verdict().name());
		facts.put("findings",
				event.findings()
					.stream()
					.map((finding) -> Map.of("stage", finding.stage().name(), "code", finding.code()))
					.toList());
		Finding decision = event.findings()
			.stream()
			.filter((finding) -> finding.stage() == Finding.Stage.REVIEW && finding.code().startsWith(REVIEWER))
			.reduce((first, last) -> last)
			.orElse(null);
		if (decision != null) {
			facts.put("reviewer", String.valueOf(decision.evidence()));
			facts.put("reason", decision.detail());
		}
		append(event.assetId().value(), event.metadata().tenantId(), (decision != null) ? "REVIEWED" : "INSPECTED",
				event.metadata().eventId(), facts);
	}

	public void published(AssetPublished event) {
		append(event.assetId().value(), event.metadata().tenantId(), "PUBLISHED", event.metadata().eventId(),
				Map.of("channel", event.channel(), "location", event.location()));
	}

	public void publicationFailed(PublicationFailed event) {
		append(event.assetId().value(), event.metadata().tenantId(), "PUBLICATION_FAILED", event.metadata().eventId(),
				Map.of("channel", event.channel(), "reason", event.reason(), "attempts", event.attempts()));
	}

	/** A tenant's asset's records and whether the chain holds; empty when it has none. */
	public Optional<Chain> chain(UUID assetId, String tenantId) {
		List<ProvenanceRecord> records = this.ledger.records(assetId, tenantId);
		return records.isEmpty() ? Optional.empty() : Optional.of(new Chain(records, ChainCheck.of(records)));
	}

	/**
	 * An asset's chain and its check.
	 *
	 * @param records the records in order
	 * @param check whether the chain holds
	 */
	public record Chain(List<ProvenanceRecord> records, ChainCheck check) {
	}

	private void append(UUID assetId, String tenantId, String kind, UUID eventId, Map<String, Object> facts) {
		this.ledger.append(assetId, tenantId, kind, eventId, EventCodec.mapper().writeValueAsString(facts),
				Instant.now(this.clock));
	}

	private Map<String, Object> concept(UUID conceptId) {
		return this.jdbc.sql("select style, writer, model from concepts where id = ?")
			.param(conceptId)
			.query((row, n) -> {
				Map<String, Object> concept = new LinkedHashMap<>();
				concept.put("style", row.getString("style"));
				concept.put("writer", row.getString("writer"));
				concept.put("model", row.getString("model"));
				return concept;
			})
			.optional()
			.orElseGet(LinkedHashMap::new);
	}

	private Map<String, Object> file(Rendition rendition, List<Rendition> all) {
		Map<String, Object> file = new LinkedHashMap<>();
		file.put("name", rendition.name());
		file.put("kind", rendition.kind().name());
		file.put("mediaType", rendition.mediaType());
		file.put("bytes", rendition.bytes());
		file.put("sha256", rendition.sha256());
		try {
			byte[] content = this.blobs.read(rendition.uri());
			LabelVerdict verdict = (rendition.kind() == RenditionKind.LABEL) ? sidecar(content, rendition, all)
					: this.labels.verify(content);
			Map<String, Object> label = new LinkedHashMap<>();
			label.put("status", verdict.status().name());
			label.put("signature", verdict.signature().name());
			label.put("fields", (verdict.label() != null) ? verdict.label().fields() : null);
			file.put("label", label);
		}
		catch (BlobNotFound ex) {
			file.put("label", Map.of("status", "FILE_MISSING"));
		}
		return file;
	}

	private LabelVerdict sidecar(byte[] sidecar, Rendition rendition, List<Rendition> all) {
		String textName = rendition.name().replaceFirst("\\.aigc\\.json$", "");
		byte[] text = all.stream()
			.filter((other) -> other.name().equals(textName))
			.findFirst()
			.map((other) -> this.blobs.read(other.uri()))
			.orElse(null);
		return this.labels.verifySidecar(sidecar, text);
	}

}
