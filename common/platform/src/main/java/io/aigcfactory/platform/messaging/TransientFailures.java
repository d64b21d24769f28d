package io.aigcfactory.platform.messaging;

import java.io.InterruptedIOException;
import java.nio.channels.ClosedByInterruptException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.common.errors.RetriableException;
import org.jspecify.annotations.Nullable;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Which failures may pass: transient data access failures, a database that cannot be
 * reached or dropped the connection (no connection for a transaction, a commit or
 * rollback that failed, a lost resource, JDBC's transient and recoverable exceptions:
 * what a failover or a restart looks like to a listener), Kafka's retriable errors,
 * timeouts, work interrupted by a stopping service (an interrupt, or the channel it
 * closes), {@link TransientFailure} and the classes a service adds in
 * {@code aigc.messaging.transient-retry.exceptions}, found anywhere in the cause chain.
 * The retry topics, the blocking error handler's back-off and the dead-letter recoverer
 * all ask this one list.
 */
final class TransientFailures {

	private static final List<Class<? extends Throwable>> BUILT_IN = List.of(TransientDataAccessException.class,
			CannotGetJdbcConnectionException.class, CannotCreateTransactionException.class,
			TransactionSystemException.class, DataAccessResourceFailureException.class, SQLTransientException.class,
			SQLRecoverableException.class, RetriableException.class, TimeoutException.class, InterruptedException.class,
			InterruptedIOException.class, ClosedByInterruptException.class, TransientFailure.class);

	private final List<Class<? extends Throwable>> classes;

	TransientFailures(MessagingSettings.TransientRetry settings) {
		List<Class<? extends Throwable>> all = new ArrayList<>(BUILT_IN);
		all.addAll(settings.exceptions());
		this.classes = List.copyOf(all);
	}

	/** The failure classes taken as passing, the built-in ones first. */
	List<Class<? extends Throwable>> classes() {
		return this.classes;
	}

	/** Whether the failure, or any of its causes, may pass. */
	boolean matches(@Nullable Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = (cause.getCause() != cause) ? cause.getCause() : null) {
			for (Class<? extends Throwable> type : this.classes) {
				if (type.isInstance(cause)) {
					return true;
				}
			}
		}
		return false;
	}

}
