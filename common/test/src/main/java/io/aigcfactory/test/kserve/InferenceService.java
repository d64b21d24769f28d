package io.aigcfactory.test.kserve;

import java.util.List;
import java.util.Map;

import inference.GRPCInferenceServiceGrpc;
import inference.InferParameter;
import inference.ModelInferRequest;
import inference.ModelInferResponse;
import inference.ModelMetadataRequest;
import inference.ModelMetadataResponse;
import inference.ModelReadyRequest;
import inference.ModelReadyResponse;
import inference.ModelStreamInferResponse;
import inference.ServerLiveRequest;
import inference.ServerLiveResponse;
import inference.ServerMetadataRequest;
import inference.ServerMetadataResponse;
import inference.ServerReadyRequest;
import inference.ServerReadyResponse;
import io.aigcfactory.test.kserve.TestModel.TestTensorSpec;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.StreamObserver;

/**
 * The KServe v2 service over the fake models, answering as Triton does: unknown models
 * with NOT_FOUND, malformed input with INVALID_ARGUMENT, decoupled models only on the
 * stream.
 */
final class InferenceService extends GRPCInferenceServiceGrpc.GRPCInferenceServiceImplBase {

	private final Map<String, ModelRuntime> models;

	private volatile boolean ready = true;

	InferenceService(Map<String, ModelRuntime> models) {
		this.models = models;
	}

	void ready(boolean ready) {
		this.ready = ready;
	}

	@Override
	public void serverLive(ServerLiveRequest request, StreamObserver<ServerLiveResponse> response) {
		reply(response, ServerLiveResponse.newBuilder().setLive(true).build());
	}

	@Override
	public void serverReady(ServerReadyRequest request, StreamObserver<ServerReadyResponse> response) {
		reply(response, ServerReadyResponse.newBuilder().setReady(this.ready).build());
	}

	@Override
	public void serverMetadata(ServerMetadataRequest request, StreamObserver<ServerMetadataResponse> response) {
		reply(response, ServerMetadataResponse.newBuilder().setName("kserve-test-server").setVersion("1").build());
	}

	@Override
	public void modelReady(ModelReadyRequest request, StreamObserver<ModelReadyResponse> response) {
		boolean known = this.models.containsKey(request.getName());
		reply(response, ModelReadyResponse.newBuilder().setReady(this.ready && known).build());
	}

	@Override
	public void modelMetadata(ModelMetadataRequest request, StreamObserver<ModelMetadataResponse> response) {
		try {
			TestModel model = runtime(request.getName()).model;
			ModelMetadataResponse.Builder metadata = ModelMetadataResponse.newBuilder()
				.setName(model.name())
				.addVersions("1")
				.setPlatform("kserve-test");
			model.inputs().forEach((spec) -> metadata.addInputs(tensor(spec)));
			model.outputs().forEach((spec) -> metadata.addOutputs(tensor(spec)));
			reply(response, metadata.build());
		}
		catch (StatusRuntimeException ex) {
			response.onError(ex);
		}
	}

	@Override
	public void modelInfer(ModelInferRequest request, StreamObserver<ModelInferResponse> response) {
		try {
			ModelRuntime runtime = runtime(request.getModelName());
			if (runtime.model.decoupled()) {
				throw Status.UNIMPLEMENTED
					.withDescription("ModelInfer RPC doesn't support models with decoupled transaction policy")
					.asRuntimeException();
			}
			List<List<TestTensor>> outputs = runtime.run(request);
			reply(response, response(request, outputs.get(0), false));
		}
		catch (StatusRuntimeException ex) {
			response.onError(ex);
		}
	}

	@Override
	public StreamObserver<ModelInferRequest> modelStreamInfer(StreamObserver<ModelStreamInferResponse> responses) {
		return new StreamObserver<>() {

			@Override
			public void onNext(ModelInferRequest request) {
				try {
					for (List<TestTensor> outputs : runtime(request.getModelName()).run(request)) {
						responses.onNext(ModelStreamInferResponse.newBuilder()
							.setInferResponse(response(request, outputs, false))
							.build());
					}
					responses.onNext(ModelStreamInferResponse.newBuilder()
						.setInferResponse(response(request, List.of(), true))
						.build());
				}
				catch (StatusRuntimeException ex) {
					responses.onNext(ModelStreamInferResponse.newBuilder()
						.setErrorMessage(ex.getStatus().getDescription())
						.build());
				}
			}

			@Override
			public void onError(Throwable error) {
			}

			@Override
			public void onCompleted() {
				responses.onCompleted();
			}

		};
	}

	private ModelRuntime runtime(String name) {
		ModelRuntime runtime = this.models.get(name);
		if (runtime == null) {
			throw Status.NOT_FOUND.withDescription("Request for unknown model: '" + name + "' is not found")
				.asRuntimeException();
		}
		return runtime;
	}

	private static ModelInferResponse response(ModelInferRequest request, List<TestTensor> outputs, boolean last) {
		ModelInferResponse.Builder response = ModelInferResponse.newBuilder()
			.setModelName(request.getModelName())
			.setModelVersion("1")
			.setId(request.getId());
		for (TestTensor output : outputs) {
			ModelInferResponse.InferOutputTensor.Builder tensor = response.addOutputsBuilder()
				.setName(output.name())
				.setDatatype(output.datatype());
			for (long dim : output.shape()) {
				tensor.addShape(dim);
			}
			response.addRawOutputContents(output.raw());
		}
		if (last) {
			response.putParameters("triton_final_response", InferParameter.newBuilder().setBoolParam(true).build());
		}
		return response.build();
	}

	private static ModelMetadataResponse.TensorMetadata tensor(TestTensorSpec spec) {
		ModelMetadataResponse.TensorMetadata.Builder tensor = ModelMetadataResponse.TensorMetadata.newBuilder()
			.setName(spec.name())
			.setDatatype(spec.datatype());
		for (long dim : spec.shape()) {
			tensor.addShape(dim);
		}
		return tensor.build();
	}

	private static <T> void reply(StreamObserver<T> observer, T value) {
		observer.onNext(value);
		observer.onCompleted();
	}

}
