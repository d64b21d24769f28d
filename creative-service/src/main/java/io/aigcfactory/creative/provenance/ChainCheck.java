package io.aigcfactory.creative.provenance;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Whether a chain holds: each record's hash is the hash of its content, each links to the
 * hash of the record before, and the numbers run 1, 2, 3… without a gap.
 *
 * @param valid whether every check passed
 * @param length how many records there are
 * @param head the last record's hash (the genesis hash for an empty chain)
 * @param brokenAt the first record that fails, or null
 * @param reason why it fails, or null
 */
public record ChainCheck(boolean valid, int length, String head, @Nullable Integer brokenAt, @Nullable String reason) {

	static ChainCheck of(List<ProvenanceRecord> records) {
		String previous = ProvenanceRecord.GENESIS;
		for (int i = 0; i < records.size(); i++) {
			ProvenanceRecord record = records.get(i);
			if (record.seq() != i + 1) {
				return broken(records, record.seq(), "record " + (i + 1) + " is missing");
			}
			if (!record.prevHash().equals(previous)) {
				return broken(records, record.seq(), "it does not link to the hash of the record before");
			}
			if (!record.intact()) {
				return broken(records, record.seq(), "its content does not match its hash");
			}
			previous = record.hash();
		}
		return new ChainCheck(true, records.size(), previous, null, null);
	}

	private static ChainCheck broken(List<ProvenanceRecord> records, int seq, String reason) {
		String head = records.isEmpty() ? ProvenanceRecord.GENESIS : records.get(records.size() - 1).hash();
		return new ChainCheck(false, records.size(), head, seq, reason);
	}

}
