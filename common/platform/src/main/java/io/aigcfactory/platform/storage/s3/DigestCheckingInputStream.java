package io.aigcfactory.platform.storage.s3;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Passes a stream through while hashing it, and fails at its end when the SHA-256 of what
 * was read is not the one expected.
 */
class DigestCheckingInputStream extends FilterInputStream {

	private final MessageDigest digest;

	private final String expected;

	private final String uri;

	private boolean checked;

	DigestCheckingInputStream(InputStream in, String expected, String uri) {
		super(in);
		this.expected = expected;
		this.uri = uri;
		try {
			this.digest = MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java platform has SHA-256", ex);
		}
	}

	@Override
	public int read() throws IOException {
		int b = super.read();
		if (b < 0) {
			check();
		}
		else {
			this.digest.update((byte) b);
		}
		return b;
	}

	@Override
	public int read(byte[] buffer, int offset, int length) throws IOException {
		int count = super.read(buffer, offset, length);
		if (count < 0) {
			check();
		}
		else {
			this.digest.update(buffer, offset, count);
		}
		return count;
	}

	@Override
	public long skip(long n) throws IOException {
		byte[] buffer = new byte[8192];
		long skipped = 0;
		while (skipped < n) {
			int count = read(buffer, 0, (int) Math.min(buffer.length, n - skipped));
			if (count < 0) {
				break;
			}
			skipped += count;
		}
		return skipped;
	}

	@Override
	public boolean markSupported() {
		return false;
	}

	private void check() throws IOException {
		if (this.checked) {
			return;
		}
		this.checked = true;
		String actual = HexFormat.of().formatHex(this.digest.digest());
		if (!actual.equals(this.expected)) {
			throw new IOException("Blob " + this.uri + " does not match its stored digest: expected " + this.expected
					+ ", read " + actual);
		}
	}

}
