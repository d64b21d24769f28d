package io.aigcfactory.inspection.originality.milvus;

import java.util.Base64;
import java.util.Map;
import java.util.stream.Collectors;

import com.google.protobuf.RuntimeVersion;
import io.aigcfactory.events.AssetId;
import io.aigcfactory.inspection.originality.Fingerprint;
import io.aigcfactory.inspection.originality.TextFingerprinter;
import io.milvus.grpc.CollectionSchema;
import io.milvus.grpc.ConsistencyLevel;
import io.milvus.grpc.DataType;
import io.milvus.grpc.FieldData;
import io.milvus.grpc.FieldSchema;
import io.milvus.grpc.KeyValuePair;
import io.milvus.grpc.QueryRequest;
import io.milvus.grpc.SearchRequest;
import io.milvus.grpc.UpsertRequest;
import io.milvus.v2.service.collection.response.DescribeCollectionResp;
import io.milvus.v2.utils.DataUtils;
import io.milvus.v2.utils.SchemaUtils;
import io.milvus.v2.utils.VectorUtils;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The requests the Milvus index sends, converted by the SDK to the gRPC messages it puts
 * on the wire, serialised and parsed again. The SDK's messages were generated with
 * protobuf 3.25 and run here on protobuf-java 4: an incompatibility fails here rather
 * than against a cluster. No server is involved.
 */
class OriginalityCollectionTests {

	private static final AssetId EXCLUDED = AssetId.of("0190a0b4-5c3e-7d2a-9f10-0123456789ab");

	private final OriginalityCollection collection = new OriginalityCollection("aigc_originality", 4, 64);

	@Test
	void runsOnProtobufJava4() {
		assertThat(RuntimeVersion.MAJOR).isEqualTo(4);
	}

	@Test
	void theSchemaConvertsToItsMessage() throws Exception {
		CollectionSchema.Builder builder = CollectionSchema.newBuilder().setName(this.collection.name());
		this.collection.schema()
			.getFieldSchemaList()
			.forEach((field) -> builder.addFields(SchemaUtils.convertToGrpcFieldSchema(field)));
		CollectionSchema schema = CollectionSchema.parseFrom(builder.build().toByteArray());

		Map<String, FieldSchema> fields = schema.getFieldsList()
			.stream()
			.collect(Collectors.toMap(FieldSchema::getName, (field) -> field));
		assertThat(fields).containsOnlyKeys("asset", "tenant", "vector", "signature", "bands", "image", "has_image",
				"chunks", "image_text", "image_bands");
		assertThat(fields.get("asset").getIsPrimaryKey()).isTrue();
		assertThat(fields.get("asset").getAutoID()).isFalse();
		assertThat(fields.get("tenant").getIsPartitionKey()).isTrue();
		assertThat(fields.get("vector").getDataType()).isEqualTo(DataType.FloatVector);
		assertThat(fields.get("vector").getTypeParamsList()).contains(param("dim", "4"));
		assertThat(fields.get("bands").getDataType()).isEqualTo(DataType.Array);
		assertThat(fields.get("bands").getElementType()).isEqualTo(DataType.VarChar);
		assertThat(fields.get("image").getDataType()).isEqualTo(DataType.Int64);
		assertThat(fields.get("has_image").getDataType()).isEqualTo(DataType.Bool);
		assertThat(fields.get("image_text").getDataType()).isEqualTo(DataType.VarChar);
	}

	@Test
	void anUpsertConvertsToItsMessage() throws Exception {
		Fingerprint fingerprint = new Fingerprint(new float[] { 0.6f, 0.8f, 0, 0 },
				TextFingerprinter.signature("一段足够长的文案，写给协议测试", ""), 0x1234_5678_9abc_def0L,
				TextFingerprinter.signature("图上的标题和卖点", ""));
		DescribeCollectionResp described = DescribeCollectionResp.builder()
			.collectionName(this.collection.name())
			.collectionSchema(this.collection.schema())
			.build();
		UpsertRequest converted = new DataUtils.InsertBuilderWrapper()
			.convertGrpcUpsertRequest(this.collection.upsert("acme", EXCLUDED, fingerprint), described);
		UpsertRequest upsert = UpsertRequest.parseFrom(converted.toByteArray());

		assertThat(upsert).isEqualTo(converted);
		assertThat(upsert.getCollectionName()).isEqualTo("aigc_originality");
		assertThat(upsert.getNumRows()).isEqualTo(1);
		Map<String, FieldData> fields = upsert.getFieldsDataList()
			.stream()
			.collect(Collectors.toMap(FieldData::getFieldName, (field) -> field));
		assertThat(fields).containsOnlyKeys("asset", "tenant", "vector", "signature", "bands", "image", "has_image",
				"chunks", "image_text", "image_bands");
		assertThat(fields.get("asset").getScalars().getStringData().getDataList()).containsExactly(EXCLUDED.toString());
		assertThat(fields.get("tenant").getScalars().getStringData().getDataList()).containsExactly("acme");
		assertThat(fields.get("vector").getVectors().getDim()).isEqualTo(4);
		assertThat(fields.get("vector").getVectors().getFloatVector().getDataList()).containsExactly(0.6f, 0.8f, 0f,
				0f);
		assertThat(fields.get("image").getScalars().getLongData().getDataList())
			.containsExactly(0x1234_5678_9abc_def0L);
		assertThat(fields.get("has_image").getScalars().getBoolData().getDataList()).containsExactly(true);
		assertThat(fields.get("bands").getScalars().getArrayData().getData(0).getStringData().getDataList())
			.containsExactly(fingerprint.text().bandKeys());
		assertThat(fields.get("chunks").getScalars().getArrayData().getData(0).getStringData().getDataCount())
			.isEqualTo(8);
		assertThat(fields.get("image_text").getScalars().getStringData().getDataList())
			.containsExactly(Base64.getEncoder().encodeToString(fingerprint.imageText().toBytes()));
		assertThat(fields.get("image_bands").getScalars().getArrayData().getData(0).getStringData().getDataList())
			.containsExactly(fingerprint.imageText().bandKeys());
	}

	@Test
	void theEmbeddingSearchConvertsToItsMessage() throws Exception {
		SearchRequest converted = new VectorUtils()
			.ConvertToGrpcSearchRequest(this.collection.nearestEmbedding("acme", new float[] { 1, 0, 0, 0 }, EXCLUDED));
		SearchRequest search = SearchRequest.parseFrom(converted.toByteArray());

		assertThat(search).isEqualTo(converted);
		assertThat(search.getCollectionName()).isEqualTo("aigc_originality");
		assertThat(search.getDsl()).isEqualTo("tenant == \"acme\" and asset != \"" + EXCLUDED + "\"");
		assertThat(search.getNq()).isEqualTo(1);
		assertThat(search.getPlaceholderGroup().isEmpty()).isFalse();
		assertThat(search.getConsistencyLevel()).isEqualTo(ConsistencyLevel.Strong);
		assertThat(search.getUseDefaultConsistency()).isFalse();
		assertThat(search.getOutputFieldsList()).containsExactly("asset");
		Map<String, String> params = search.getSearchParamsList()
			.stream()
			.collect(Collectors.toMap(KeyValuePair::getKey, KeyValuePair::getValue));
		assertThat(params).containsEntry("anns_field", "vector")
			.containsEntry("topk", "1")
			.containsEntry("metric_type", "COSINE");
		assertThat(params.get("params")).contains("\"ef\"").contains("64");
	}

	@Test
	void theBandQueryConvertsToItsMessage() throws Exception {
		QueryRequest converted = new VectorUtils()
			.ConvertToGrpcQueryRequest(this.collection.sharingBands("acme", new String[] { "0:1f", "1:2e" }, EXCLUDED));
		QueryRequest query = QueryRequest.parseFrom(converted.toByteArray());

		assertThat(query).isEqualTo(converted);
		assertThat(query.getExpr()).isEqualTo("tenant == \"acme\" and asset != \"" + EXCLUDED
				+ "\" and array_contains_any(bands, [\"0:1f\", \"1:2e\"])");
		assertThat(query.getOutputFieldsList()).containsExactlyInAnyOrder("asset", "signature");
		assertThat(query.getConsistencyLevel()).isEqualTo(ConsistencyLevel.Strong);
		assertThat(query.getQueryParamsList()).contains(param("limit", "1024"));
	}

	@Test
	void theImageWordsBandQueryConvertsToItsMessage() throws Exception {
		QueryRequest converted = new VectorUtils().ConvertToGrpcQueryRequest(
				this.collection.sharingImageBands("acme", new String[] { "0:1f", "1:2e" }, EXCLUDED));
		QueryRequest query = QueryRequest.parseFrom(converted.toByteArray());

		assertThat(query.getExpr()).isEqualTo("tenant == \"acme\" and asset != \"" + EXCLUDED
				+ "\" and array_contains_any(image_bands, [\"0:1f\", \"1:2e\"])");
		assertThat(query.getOutputFieldsList()).containsExactlyInAnyOrder("asset", "image", "image_text");
	}

	@Test
	void escapesStringLiteralsInFilters() {
		assertThat(OriginalityCollection.literal("acme-1_x")).isEqualTo("\"acme-1_x\"");
		assertThat(OriginalityCollection.literal("a\"b\\c")).isEqualTo("\"a\\\"b\\\\c\"");
		assertThat(OriginalityCollection.literal("a\" or tenant != \"")).isEqualTo("\"a\\\" or tenant != \\\"\"");
		assertThat(OriginalityCollection.literal("x\ny\u0001")).isEqualTo("\"x\\ny\\u0001\"");
		assertThat(OriginalityCollection.literal("声悦")).isEqualTo("\"声悦\"");
	}

	private static KeyValuePair param(String key, String value) {
		return KeyValuePair.newBuilder().setKey(key).setValue(value).build();
	}

}
