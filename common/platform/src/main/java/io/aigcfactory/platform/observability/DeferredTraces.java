package io.aigcfactory.platform.observability;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import io.aigcfactory.platform.SqlTimestamps;
import io.opentelemetry.api.trace.SpanKind;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The trace context of work a service queues in its database for a worker (a delivery to
 * a channel), kept in the {@code deferred_traces} table under a subject that names the
 * work. The worker continues the trace that queued the work, after a restart too.
 */
public final class DeferredTraces {

	private final JdbcClient jdbc;

	private final MessageTracing tracing;

	private final Clock clock;

	public DeferredTraces(JdbcClient jdbc, MessageTracing tracing, Clock clock) {
		this.jdbc = jdbc;
		this.tracing = tracing;
		this.clock = clock;
	}

	/**
	 * Keeps the current trace context for the subject, in the caller's transaction,
	 * unless one is kept already or there is none.
	 */
	public void remember(String subject) {
		String traceparent = this.tracing.currentTraceparent();
		if (traceparent == null) {
			return;
		}
		this.jdbc
			.sql("insert into deferred_traces (subject, traceparent, created_at) values (?, ?, ?) "
					+ "on conflict do nothing")
			.params(subject, traceparent, SqlTimestamps.of(Instant.now(this.clock)))
			.update();
	}

	/**
	 * Runs the work in a span (kind {@code INTERNAL}) continuing the trace kept for the
	 * subject, or in a new trace when none is kept.
	 */
	public void resume(String subject, String spanName, Runnable work) {
		this.tracing.run(spanName, SpanKind.INTERNAL, find(subject).orElse(null), work);
	}

	/** Drops the context kept for the subject, once its work is over. */
	public void forget(String subject) {
		this.jdbc.sql("delete from deferred_traces where subject = ?").param(subject).update();
	}

	Optional<String> find(String subject) {
		return this.jdbc.sql("select traceparent from deferred_traces where subject = ?")
			.param(subject)
			.query(String.class)
			.optional();
	}

}
