package io.aigcfactory.inspection.originality.milvus;

import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.aigcfactory.events.AssetId;
import io.aigcfactory.inspection.originality.Fingerprint;
import io.aigcfactory.inspection.originality.ImageHash;
import io.aigcfactory.inspection.originality.TextSignature;
import io.milvus.v2.common.ConsistencyLevel;
import io.milvus.v2.common.DataType;
import io.milvus.v2.common.IndexParam;
import io.milvus.v2.service.collection.request.AddFieldReq;
import io.milvus.v2.service.collection.request.CreateCollectionReq;
import io.milvus.v2.service.collection.request.CreateCollectionReq.CollectionSchema;
import io.milvus.v2.service.vector.request.QueryReq;
import io.milvus.v2.service.vector.request.SearchReq;
import io.milvus.v2.service.vector.request.UpsertReq;
import io.milvus.v2.service.vector.request.data.FloatVec;

/**
 * The originality collection's schema and the requests the Milvus index sends it: one
 * entity per asset (its id the primary key), partitioned by tenant, the copy's embedding
 * in an HNSW graph under the cosine metric, the MinHash signature with its band keys and
 * the main image's hash with its chunk keys. Every read asks for strong consistency, so
 * that it sees every earlier write.
 */
final class OriginalityCollection {

	static final String ASSET = "asset";

	static final String TENANT = "tenant";

	static final String VECTOR = "vector";

	static final String SIGNATURE = "signature";

	static final String BANDS = "bands";

	static final String IMAGE = "image";

	static final String HAS_IMAGE = "has_image";

	/** The signature of the copy on the main image, Base64; empty when there is none. */
	static final String IMAGE_TEXT = "image_text";

	/** The band keys of the signature of the copy on the main image. */
	static final String IMAGE_BANDS = "image_bands";

	static final String CHUNKS = "chunks";

	/**
	 * Entities sharing a band or chunk with a probe that are compared in full, at most.
	 */
	static final int COMPARED = 1024;

	/** Band keys an entity may hold (a 128-value signature has 32). */
	static final int MAX_BANDS = 256;

	private final String name;

	private final int dimension;

	private final int candidates;

	/**
	 * @param name the collection
	 * @param dimension length of the embeddings
	 * @param candidates how long the HNSW search's candidate list ({@code ef}) is
	 */
	OriginalityCollection(String name, int dimension, int candidates) {
		this.name = name;
		this.dimension = dimension;
		this.candidates = candidates;
	}

	String name() {
		return this.name;
	}

	int dimension() {
		return this.dimension;
	}

	CollectionSchema schema() {
		CollectionSchema schema = CollectionSchema.builder().enableDynamicField(false).build();
		schema.addField(AddFieldReq.builder()
			.fieldName(ASSET)
			.dataType(DataType.VarChar)
			.maxLength(64)
			.isPrimaryKey(true)
			.autoID(false)
			.build());
		schema.addField(AddFieldReq.builder()
			.fieldName(TENANT)
			.dataType(DataType.VarChar)
			.maxLength(256)
			.isPartitionKey(true)
			.build());
		schema.addField(AddFieldReq.builder()
			.fieldName(VECTOR)
			.dataType(DataType.FloatVector)
			.dimension(this.dimension)
			.build());
		schema.addField(AddFieldReq.builder().fieldName(SIGNATURE).dataType(DataType.VarChar).maxLength(4096).build());
		schema.addField(bandKeys(BANDS));
		schema.addField(AddFieldReq.builder().fieldName(IMAGE).dataType(DataType.Int64).build());
		schema.addField(AddFieldReq.builder().fieldName(HAS_IMAGE).dataType(DataType.Bool).build());
		schema.addField(AddFieldReq.builder().fieldName(IMAGE_TEXT).dataType(DataType.VarChar).maxLength(4096).build());
		schema.addField(bandKeys(IMAGE_BANDS));
		schema.addField(AddFieldReq.builder()
			.fieldName(CHUNKS)
			.dataType(DataType.Array)
			.elementType(DataType.VarChar)
			.maxCapacity(ImageHash.CHUNKS)
			.maxLength(16)
			.build());
		return schema;
	}

	/** A field of MinHash band keys. */
	private static AddFieldReq bandKeys(String name) {
		return AddFieldReq.builder()
			.fieldName(name)
			.dataType(DataType.Array)
			.elementType(DataType.VarChar)
			.maxCapacity(MAX_BANDS)
			.maxLength(32)
			.build();
	}

	IndexParam vectorIndex() {
		return IndexParam.builder()
			.fieldName(VECTOR)
			.indexType(IndexParam.IndexType.HNSW)
			.metricType(IndexParam.MetricType.COSINE)
			.extraParams(Map.of("M", 16, "efConstruction", 200))
			.build();
	}

	/** Creates the collection with its index; the SDK then loads it. */
	CreateCollectionReq create() {
		return CreateCollectionReq.builder()
			.collectionName(this.name)
			.description("Fingerprints of approved assets (originality check)")
			.collectionSchema(schema())
			.indexParams(List.of(vectorIndex()))
			.consistencyLevel(ConsistencyLevel.STRONG)
			.build();
	}

	/** Writes an asset's entity, replacing any earlier one. */
	UpsertReq upsert(String tenantId, AssetId asset, Fingerprint fingerprint) {
		JsonObject entity = new JsonObject();
		entity.addProperty(ASSET, asset.toString());
		entity.addProperty(TENANT, tenantId);
		JsonArray vector = new JsonArray(fingerprint.embedding().length);
		for (float value : fingerprint.embedding()) {
			vector.add(value);
		}
		entity.add(VECTOR, vector);
		entity.addProperty(SIGNATURE, Base64.getEncoder().encodeToString(fingerprint.text().toBytes()));
		entity.add(BANDS, strings(fingerprint.text().bandKeys()));
		Long image = fingerprint.image();
		entity.addProperty(IMAGE, (image != null) ? image : 0L);
		entity.addProperty(HAS_IMAGE, image != null);
		entity.add(CHUNKS, strings((image != null) ? ImageHash.chunkKeys(image) : new String[0]));
		TextSignature imageText = fingerprint.imageText();
		entity.addProperty(IMAGE_TEXT,
				(imageText != null) ? Base64.getEncoder().encodeToString(imageText.toBytes()) : "");
		entity.add(IMAGE_BANDS, strings((imageText != null && image != null) ? imageText.bandKeys() : new String[0]));
		return UpsertReq.builder().collectionName(this.name).data(List.of(entity)).build();
	}

	/** The tenant's entity other than {@code excluded} whose embedding is nearest. */
	SearchReq nearestEmbedding(String tenantId, float[] vector, AssetId excluded) {
		return SearchReq.builder()
			.collectionName(this.name)
			.annsField(VECTOR)
			.metricType(IndexParam.MetricType.COSINE)
			.data(List.of(new FloatVec(vector)))
			.topK(1)
			.searchParams(Map.of("ef", this.candidates))
			.filter(sameTenant(tenantId, excluded))
			.outputFields(List.of(ASSET))
			.consistencyLevel(ConsistencyLevel.STRONG)
			.build();
	}

	/** The tenant's entities other than {@code excluded} sharing a band key. */
	QueryReq sharingBands(String tenantId, String[] bands, AssetId excluded) {
		return sharing(tenantId, excluded, BANDS, bands, SIGNATURE);
	}

	/**
	 * The tenant's entities other than {@code excluded} with an image sharing a chunk.
	 */
	QueryReq sharingChunks(String tenantId, String[] chunks, AssetId excluded) {
		return sharing(tenantId, excluded, CHUNKS, chunks, IMAGE);
	}

	/**
	 * The tenant's entities other than {@code excluded} whose image's words share a band
	 * key.
	 */
	QueryReq sharingImageBands(String tenantId, String[] bands, AssetId excluded) {
		return sharing(tenantId, excluded, IMAGE_BANDS, bands, IMAGE, IMAGE_TEXT);
	}

	private QueryReq sharing(String tenantId, AssetId excluded, String field, String[] keys, String... compared) {
		String anyKey = Stream.of(keys).map(OriginalityCollection::literal).collect(Collectors.joining(", ", "[", "]"));
		return QueryReq.builder()
			.collectionName(this.name)
			.filter(sameTenant(tenantId, excluded) + " and array_contains_any(" + field + ", " + anyKey + ")")
			.outputFields(Stream.concat(Stream.of(ASSET), Stream.of(compared)).toList())
			.limit(COMPARED)
			.consistencyLevel(ConsistencyLevel.STRONG)
			.build();
	}

	/** An asset's entity, with its signatures. */
	QueryReq byAsset(AssetId asset) {
		return QueryReq.builder()
			.collectionName(this.name)
			.filter(ASSET + " == " + literal(asset.toString()))
			.outputFields(List.of(ASSET, SIGNATURE, IMAGE_TEXT))
			.limit(1)
			.consistencyLevel(ConsistencyLevel.STRONG)
			.build();
	}

	static String sameTenant(String tenantId, AssetId excluded) {
		return TENANT + " == " + literal(tenantId) + " and " + ASSET + " != " + literal(excluded.toString());
	}

	/**
	 * A string literal of Milvus's filter expressions: double quotes, with backslashes,
	 * quotes and control characters escaped.
	 */
	static String literal(String value) {
		StringBuilder literal = new StringBuilder(value.length() + 2).append('"');
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
				case '\\' -> literal.append("\\\\");
				case '"' -> literal.append("\\\"");
				case '\n' -> literal.append("\\n");
				case '\r' -> literal.append("\\r");
				case '\t' -> literal.append("\\t");
				default -> {
					if (c < 0x20 || c == 0x7f) {
						literal.append("\\u%04x".formatted((int) c));
					}
					else {
						literal.append(c);
					}
				}
			}
		}
		return literal.append('"').toString();
	}

	private static JsonArray strings(String[] values) {
		JsonArray array = new JsonArray(values.length);
		for (String value : values) {
			array.add(value);
		}
		return array;
	}

}
