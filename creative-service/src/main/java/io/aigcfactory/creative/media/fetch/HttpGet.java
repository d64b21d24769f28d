package io.aigcfactory.creative.media.fetch;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

import io.aigcfactory.creative.media.fetch.UrlGuard.Target;

/**
 * One HTTP/1.1 GET on a socket connected to the address the guard checked, not to
 * whatever the host name resolves to a moment later. TLS verifies the certificate against
 * the host name. The body is read identity- or chunk-encoded and never past the limit;
 * every read is bounded by the read timeout and the whole exchange by the deadline.
 */
final class HttpGet {

	private static final int MAX_HEADER_BYTES = 32 * 1024;

	private final Duration connectTimeout;

	private final Duration readTimeout;

	private final long maxBytes;

	HttpGet(Duration connectTimeout, Duration readTimeout, long maxBytes) {
		this.connectTimeout = connectTimeout;
		this.readTimeout = readTimeout;
		this.maxBytes = maxBytes;
	}

	Response get(Target target, Instant deadline) throws IOException {
		try (Socket socket = connect(target)) {
			OutputStream out = socket.getOutputStream();
			String path = (target.url().getRawPath() == null || target.url().getRawPath().isEmpty()) ? "/"
					: target.url().getRawPath();
			if (target.url().getRawQuery() != null) {
				path += "?" + target.url().getRawQuery();
			}
			boolean defaultPort = target.port() == (target.secure() ? 443 : 80);
			String host = (target.host().contains(":") ? "[" + target.host() + "]" : target.host())
					+ (defaultPort ? "" : ":" + target.port());
			out.write(("GET " + path + " HTTP/1.1\r\nHost: " + host
					+ "\r\nAccept: image/png, image/jpeg, image/webp\r\n"
					+ "Accept-Encoding: identity\r\nUser-Agent: aigc-factory-photo-fetcher\r\nConnection: close\r\n\r\n")
				.getBytes(StandardCharsets.US_ASCII));
			out.flush();
			InputStream in = new BufferedInputStream(socket.getInputStream());
			int status = status(line(in));
			Map<String, String> headers = headers(in);
			if (status != 200) {
				// Redirects and failures: only the status and headers matter.
				return new Response(status, headers, new byte[0]);
			}
			String length = headers.get("content-length");
			if (length != null && parseLength(length) > this.maxBytes) {
				throw new FetchRefused("is larger than " + this.maxBytes + " bytes (Content-Length " + length + ")");
			}
			boolean chunked = headers.getOrDefault("transfer-encoding", "")
				.toLowerCase(Locale.ROOT)
				.contains("chunked");
			byte[] body = chunked ? chunked(in, deadline)
					: identity(in, (length != null) ? parseLength(length) : -1, deadline);
			return new Response(status, headers, body);
		}
	}

	private Socket connect(Target target) throws IOException {
		Socket plain = new Socket();
		try {
			plain.connect(new InetSocketAddress(target.address(), target.port()), (int) this.connectTimeout.toMillis());
			plain.setSoTimeout((int) this.readTimeout.toMillis());
			if (!target.secure()) {
				return plain;
			}
			SSLSocket tls = (SSLSocket) ((SSLSocketFactory) SSLSocketFactory.getDefault()).createSocket(plain,
					target.host(), target.port(), true);
			SSLParameters parameters = tls.getSSLParameters();
			parameters.setEndpointIdentificationAlgorithm("HTTPS");
			if (!target.host().contains(":")) {
				parameters.setServerNames(List.of(new SNIHostName(target.host())));
			}
			tls.setSSLParameters(parameters);
			tls.startHandshake();
			return tls;
		}
		catch (IOException | RuntimeException ex) {
			plain.close();
			throw ex;
		}
	}

	private byte[] identity(InputStream in, long length, Instant deadline) throws IOException {
		ByteArrayOutputStream body = new ByteArrayOutputStream((int) Math.min(Math.max(length, 8192), this.maxBytes));
		copy(in, body, (length >= 0) ? length : Long.MAX_VALUE, deadline);
		if (length >= 0 && body.size() < length) {
			throw new FetchRefused("ended after " + body.size() + " of " + length + " bytes");
		}
		return body.toByteArray();
	}

	private byte[] chunked(InputStream in, Instant deadline) throws IOException {
		ByteArrayOutputStream body = new ByteArrayOutputStream(64 * 1024);
		while (true) {
			String size = line(in);
			int extension = size.indexOf(';');
			long chunk = Long.parseLong((extension >= 0 ? size.substring(0, extension) : size).strip(), 16);
			if (chunk == 0) {
				return body.toByteArray();
			}
			long before = body.size();
			copy(in, body, chunk, deadline);
			if (body.size() - before < chunk) {
				throw new FetchRefused("ended inside a chunk");
			}
			line(in);
		}
	}

	private void copy(InputStream in, ByteArrayOutputStream body, long wanted, Instant deadline) throws IOException {
		byte[] buffer = new byte[16 * 1024];
		long left = wanted;
		while (left > 0) {
			if (Instant.now().isAfter(deadline)) {
				throw new FetchRefused("took longer than the fetch deadline");
			}
			int read = in.read(buffer, 0, (int) Math.min(buffer.length, left));
			if (read < 0) {
				return;
			}
			if (body.size() + read > this.maxBytes) {
				throw new FetchRefused("is larger than " + this.maxBytes + " bytes");
			}
			body.write(buffer, 0, read);
			left -= read;
		}
	}

	private static int status(String line) {
		String[] parts = line.split(" ", 3);
		if (parts.length < 2 || !parts[0].startsWith("HTTP/1.")) {
			throw new FetchRefused("answered something that is not HTTP/1.x");
		}
		try {
			return Integer.parseInt(parts[1]);
		}
		catch (NumberFormatException ex) {
			throw new FetchRefused("answered an unreadable status line");
		}
	}

	private static Map<String, String> headers(InputStream in) throws IOException {
		Map<String, String> headers = new LinkedHashMap<>();
		for (String line = line(in); !line.isEmpty(); line = line(in)) {
			int colon = line.indexOf(':');
			if (colon > 0) {
				headers.put(line.substring(0, colon).strip().toLowerCase(Locale.ROOT),
						line.substring(colon + 1).strip());
			}
		}
		return headers;
	}

	private static long parseLength(String value) {
		try {
			return Long.parseLong(value.strip());
		}
		catch (NumberFormatException ex) {
			throw new FetchRefused("answered an unreadable Content-Length");
		}
	}

	/** A CRLF- or LF-terminated line of headers, bounded in length. */
	private static String line(InputStream in) throws IOException {
		ByteArrayOutputStream line = new ByteArrayOutputStream(128);
		for (int c = in.read(); c != '\n'; c = in.read()) {
			if (c < 0) {
				throw new FetchRefused("closed the connection before the response was complete");
			}
			if (line.size() >= MAX_HEADER_BYTES) {
				throw new FetchRefused("answered a header line that is too long");
			}
			line.write(c);
		}
		String text = line.toString(StandardCharsets.ISO_8859_1);
		return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
	}

	/**
	 * @param status the HTTP status
	 * @param headers the headers, names in lower case
	 * @param body the body of a 200, otherwise empty
	 */
	record Response(int status, Map<String, String> headers, byte[] body) {

	}

}
