package io.aigcfactory.inference.triton;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import inference.GRPCInferenceServiceGrpc;
import inference.GRPCInferenceServiceGrpc.GRPCInferenceServiceBlockingStub;
import inference.GRPCInferenceServiceGrpc.GRPCInferenceServiceStub;
import inference.InferParameter;
import inference.ModelInferRequest;
import inference.ModelInferResponse;
import inference.ModelMetadataRequest;
import inference.ModelReadyRequest;
import inference.ModelStreamInferResponse;
import inference.ServerLiveRequest;
import inference.ServerReadyRequest;
import io.aigcfactory.inference.InferenceException;
import io.aigcfactory.inference.InferenceException.Reason;
import io.grpc.Channel;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.ClientCallStreamObserver;
import io.grpc.stub.ClientResponseObserver;
import io.grpc.stub.StreamObserver;

/**
 * A KServe v2 gRPC client for one Triton endpoint. It takes a channel it does not own,
 * puts a deadline on every call, and fails with {@link InferenceException}s that say
 * whether a retry makes sense. Readiness checks answer {@code false} instead of failing
 * when the server cannot be reached.
 */
public final class TritonClient {

	private static final String FINAL_RESPONSE = "triton_final_response";

	private final String endpoint;

	private final GRPCInferenceServiceBlockingStub blocking;

	private final GRPCInferenceServiceStub async;

	/**
	 * @param endpoint a name for the endpoint, used in errors and metrics
	 * @param channel the channel, owned by the caller
	 * @param maxMessageBytes the largest message sent or accepted; raise it for images
	 */
	public TritonClient(String endpoint, Channel channel, int maxMessageBytes) {
		this.endpoint = endpoint;
		this.blocking = GRPCInferenceServiceGrpc.newBlockingStub(channel)
			.withMaxInboundMessageSize(maxMessageBytes)
			.withMaxOutboundMessageSize(maxMessageBytes);
		this.async = GRPCInferenceServiceGrpc.newStub(channel)
			.withMaxInboundMessageSize(maxMessageBytes)
			.withMaxOutboundMessageSize(maxMessageBytes);
	}

	public String endpoint() {
		return this.endpoint;
	}

	public boolean serverLive(Duration deadline) {
		return ready(() -> within(deadline).serverLive(ServerLiveRequest.getDefaultInstance()).getLive());
	}

	public boolean serverReady(Duration deadline) {
		return ready(() -> within(deadline).serverReady(ServerReadyRequest.getDefaultInstance()).getReady());
	}

	/**
	 * Whether the model is loaded and ready on this endpoint; {@code false} also when the
	 * server cannot be reached or does not know the model.
	 */
	public boolean modelReady(String model, Duration deadline) {
		ModelReadyRequest request = ModelReadyRequest.newBuilder().setName(model).build();
		return ready(() -> within(deadline).modelReady(request).getReady());
	}

	/**
	 * The model's signature.
	 * @throws InferenceException when the server cannot be reached or does not know the
	 * model
	 */
	public ModelSignature modelMetadata(String model, Duration deadline) {
		try {
			return ModelSignature
				.of(within(deadline).modelMetadata(ModelMetadataRequest.newBuilder().setName(model).build()));
		}
		catch (StatusRuntimeException ex) {
			throw GrpcFailures.of(ex, model, this.endpoint);
		}
	}

	/**
	 * Runs one inference request; cancelling the future cancels the call.
	 */
	public CompletableFuture<ModelInferResponse> infer(ModelInferRequest request, Duration deadline) {
		CallFuture<ModelInferResponse> future = new CallFuture<>();
		this.async.withDeadlineAfter(deadline.toNanos(), TimeUnit.NANOSECONDS)
			.modelInfer(request, new UnaryObserver(future, request.getModelName()));
		return future;
	}

	/**
	 * Runs one request on the streaming RPC, as decoupled models (vLLM, streaming
	 * TensorRT-LLM) require, and collects its responses until the final one.
	 * @param onResponse called with each response as it arrives
	 */
	public CompletableFuture<List<ModelInferResponse>> streamInfer(ModelInferRequest request, Duration deadline,
			Consumer<ModelInferResponse> onResponse) {
		CallFuture<List<ModelInferResponse>> future = new CallFuture<>();
		ModelInferRequest withFinalFlag = request.toBuilder()
			.putParameters("triton_enable_empty_final_response", InferParameter.newBuilder().setBoolParam(true).build())
			.build();
		StreamObserver<ModelInferRequest> requests = this.async
			.withDeadlineAfter(deadline.toNanos(), TimeUnit.NANOSECONDS)
			.modelStreamInfer(new StreamingObserver(future, request.getModelName(), onResponse));
		requests.onNext(withFinalFlag);
		requests.onCompleted();
		return future;
	}

	private GRPCInferenceServiceBlockingStub within(Duration deadline) {
		return this.blocking.withDeadlineAfter(deadline.toNanos(), TimeUnit.NANOSECONDS);
	}

	private static boolean ready(ReadinessCall call) {
		try {
			return call.ready();
		}
		catch (StatusRuntimeException ex) {
			return false;
		}
	}

	@FunctionalInterface
	private interface ReadinessCall {

		boolean ready();

	}

	private final class UnaryObserver implements ClientResponseObserver<ModelInferRequest, ModelInferResponse> {

		private final CallFuture<ModelInferResponse> future;

		private final String model;

		private ModelInferResponse response = ModelInferResponse.getDefaultInstance();

		UnaryObserver(CallFuture<ModelInferResponse> future, String model) {
			this.future = future;
			this.model = model;
		}

		@Override
		public void beforeStart(ClientCallStreamObserver<ModelInferRequest> call) {
			this.future.attach(call);
		}

		@Override
		public void onNext(ModelInferResponse value) {
			this.response = value;
		}

		@Override
		public void onError(Throwable error) {
			this.future.completeExceptionally(GrpcFailures.of(error, this.model, TritonClient.this.endpoint));
		}

		@Override
		public void onCompleted() {
			this.future.complete(this.response);
		}

	}

	private final class StreamingObserver
			implements ClientResponseObserver<ModelInferRequest, ModelStreamInferResponse> {

		private final CallFuture<List<ModelInferResponse>> future;

		private final String model;

		private final Consumer<ModelInferResponse> onResponse;

		private final List<ModelInferResponse> responses = new ArrayList<>();

		StreamingObserver(CallFuture<List<ModelInferResponse>> future, String model,
				Consumer<ModelInferResponse> onResponse) {
			this.future = future;
			this.model = model;
			this.onResponse = onResponse;
		}

		@Override
		public void beforeStart(ClientCallStreamObserver<ModelInferRequest> call) {
			this.future.attach(call);
		}

		@Override
		public void onNext(ModelStreamInferResponse value) {
			if (!value.getErrorMessage().isEmpty()) {
				this.future.completeExceptionally(new InferenceException(Reason.BACKEND_FAILURE, "Model '" + this.model
						+ "' on " + TritonClient.this.endpoint + ": " + value.getErrorMessage()));
				return;
			}
			ModelInferResponse response = value.getInferResponse();
			boolean last = response.getParametersOrDefault(FINAL_RESPONSE, InferParameter.getDefaultInstance())
				.getBoolParam();
			if (response.getOutputsCount() > 0) {
				this.responses.add(response);
				this.onResponse.accept(response);
			}
			if (last) {
				this.future.complete(List.copyOf(this.responses));
			}
		}

		@Override
		public void onError(Throwable error) {
			this.future.completeExceptionally(GrpcFailures.of(error, this.model, TritonClient.this.endpoint));
		}

		@Override
		public void onCompleted() {
			this.future.complete(List.copyOf(this.responses));
		}

	}

}
