package io.aigcfactory.creative.web;

import java.io.IOException;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import io.aigcfactory.creative.requirement.ProgressReports;
import io.aigcfactory.creative.requirement.RequirementProgress;
import io.aigcfactory.events.RequirementId;
import io.aigcfactory.platform.web.NotFound;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * A requirement's progress as server-sent events: a {@code progress} event with the
 * report (as {@code GET /api/v1/requirements/{id}} shows it) at once and after each
 * change, then {@code settled} when every stage is done with it. Each open stream reads
 * the report on a shared scheduler; the stream ends when the requirement settles, the
 * client leaves, or its lifetime is up.
 */
@Component
class ProgressStream implements DisposableBean {

	private final ProgressReports reports;

	private final JsonMapper json;

	private final ProgressStreamSettings settings;

	private final ScheduledExecutorService scheduler = Executors
		.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("progress-stream").factory());

	ProgressStream(ProgressReports reports, JsonMapper json, ProgressStreamSettings settings) {
		this.reports = reports;
		this.json = json;
		this.settings = settings;
	}

	/**
	 * Opens a stream; 404 (before any event) for a requirement the tenant does not have.
	 */
	SseEmitter open(RequirementId id, String tenantId) {
		this.reports.report(id, tenantId).orElseThrow(() -> new NotFound("requirement", id));
		SseEmitter emitter = new SseEmitter(this.settings.lifetime().plusSeconds(5).toMillis());
		Follower follower = new Follower(id, tenantId, emitter, Instant.now().plus(this.settings.lifetime()));
		long every = this.settings.interval().toMillis();
		ScheduledFuture<?> reading = this.scheduler.scheduleWithFixedDelay(follower::read, 0, every,
				TimeUnit.MILLISECONDS);
		follower.reading.set(reading);
		emitter.onCompletion(() -> reading.cancel(false));
		emitter.onTimeout(() -> reading.cancel(false));
		emitter.onError((ex) -> reading.cancel(false));
		return emitter;
	}

	@Override
	public void destroy() {
		this.scheduler.shutdownNow();
	}

	private final class Follower {

		private final RequirementId id;

		private final String tenantId;

		private final SseEmitter emitter;

		private final Instant until;

		private final AtomicReference<@Nullable ScheduledFuture<?>> reading = new AtomicReference<>();

		private @Nullable String last;

		private long sent;

		Follower(RequirementId id, String tenantId, SseEmitter emitter, Instant until) {
			this.id = id;
			this.tenantId = tenantId;
			this.emitter = emitter;
			this.until = until;
		}

		void read() {
			try {
				RequirementProgress progress = ProgressStream.this.reports.report(this.id, this.tenantId).orElse(null);
				if (progress == null) {
					end();
					return;
				}
				String view = ProgressStream.this.json.writeValueAsString(RequirementView.of(progress));
				if (!Objects.equals(view, this.last)) {
					this.last = view;
					this.emitter.send(SseEmitter.event()
						.name("progress")
						.id(Long.toString(++this.sent))
						.data(view, MediaType.APPLICATION_JSON));
				}
				if (progress.settled()) {
					this.emitter.send(SseEmitter.event().name("settled").data(progress.status().name()));
					end();
				}
				else if (Instant.now().isAfter(this.until)) {
					end();
				}
			}
			catch (IOException | IllegalStateException ex) {
				// The client left: stop reading for it.
				cancel();
			}
			catch (RuntimeException ex) {
				cancel();
				this.emitter.completeWithError(ex);
			}
		}

		private void end() {
			cancel();
			this.emitter.complete();
		}

		private void cancel() {
			ScheduledFuture<?> future = this.reading.get();
			if (future != null) {
				future.cancel(false);
			}
		}

	}

}
