package io.aigcfactory.platform.web;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses request bodies over the limit, by their declared length up front and by
 * counting for chunked bodies, so that no request can exhaust a service's memory.
 */
class RequestBodyLimit extends OncePerRequestFilter {

	private final DataSize limit;

	RequestBodyLimit(DataSize limit) {
		this.limit = limit;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getContentLengthLong() > this.limit.toBytes()) {
			// Filters run before the dispatcher's exception handling: answer here.
			ProblemDetail problem = Problems.problem(HttpStatus.CONTENT_TOO_LARGE, "payload-too-large",
					"Payload too large", new PayloadTooLarge(this.limit).getMessage());
			response.setStatus(problem.getStatus());
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			JsonMapper.shared()
				.writeValue(response.getOutputStream(),
						Map.of("type", problem.getType().toString(), "title", String.valueOf(problem.getTitle()),
								"status", problem.getStatus(), "detail", String.valueOf(problem.getDetail())));
			return;
		}
		chain.doFilter(new Limited(request, this.limit), response);
	}

	private static final class Limited extends HttpServletRequestWrapper {

		private final DataSize limit;

		private Limited(HttpServletRequest request, DataSize limit) {
			super(request);
			this.limit = limit;
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			ServletInputStream in = super.getInputStream();
			long max = this.limit.toBytes();
			return new ServletInputStream() {

				private long read;

				@Override
				public int read() throws IOException {
					int b = in.read();
					count((b < 0) ? 0 : 1);
					return b;
				}

				@Override
				public int read(byte[] buffer, int offset, int length) throws IOException {
					int n = in.read(buffer, offset, length);
					count(Math.max(n, 0));
					return n;
				}

				private void count(int n) {
					this.read += n;
					if (this.read > max) {
						throw new PayloadTooLarge(Limited.this.limit);
					}
				}

				@Override
				public boolean isFinished() {
					return in.isFinished();
				}

				@Override
				public boolean isReady() {
					return in.isReady();
				}

				@Override
				public void setReadListener(ReadListener listener) {
					in.setReadListener(listener);
				}

			};
		}

	}

}
