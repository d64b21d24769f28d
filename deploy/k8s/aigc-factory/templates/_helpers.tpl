{{/* Names, labels and the environment every service shares. */}}

{{- define "aigc.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" }}
{{- end }}

{{- define "aigc.fullname" -}}
{{- if .Values.fullnameOverride }}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- $name := default .Chart.Name .Values.nameOverride }}
{{- if contains $name .Release.Name }}
{{- .Release.Name | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- printf "%s-%s" .Release.Name $name | trunc 63 | trimSuffix "-" }}
{{- end }}
{{- end }}
{{- end }}

{{/* The resource name of one component: <fullname>-<component>. */}}
{{- define "aigc.componentName" -}}
{{- printf "%s-%s" (include "aigc.fullname" .root) .component | trunc 63 | trimSuffix "-" }}
{{- end }}

{{- define "aigc.labels" -}}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
app.kubernetes.io/name: {{ include "aigc.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
app.kubernetes.io/part-of: aigc-factory
{{- end }}

{{/* Selector labels of one component; call with (dict "root" $ "component" "<name>"). */}}
{{- define "aigc.selectorLabels" -}}
app.kubernetes.io/name: {{ include "aigc.name" .root }}
app.kubernetes.io/instance: {{ .root.Release.Name }}
app.kubernetes.io/component: {{ .component }}
{{- end }}

{{- define "aigc.componentLabels" -}}
{{ include "aigc.labels" .root }}
app.kubernetes.io/component: {{ .component }}
{{- end }}

{{- define "aigc.image" -}}
{{- printf "%s/%s:%s" .root.Values.image.repository .component (default .root.Chart.AppVersion .root.Values.image.tag) }}
{{- end }}

{{- define "aigc.kafkaBootstrap" -}}
{{- if .Values.kafka.strimzi.enabled }}
{{- printf "%s-kafka-kafka-bootstrap:9092" (include "aigc.fullname" .) }}
{{- else }}
{{- required "kafka.bootstrapServers is required when kafka.strimzi.enabled is false" .Values.kafka.bootstrapServers }}
{{- end }}
{{- end }}

{{/* The gRPC target of Triton's headless Service, balanced per request by the client. */}}
{{- define "aigc.tritonTarget" -}}
{{- printf "dns:///%s-triton-headless.%s.svc:8001" (include "aigc.fullname" .) .Release.Namespace }}
{{- end }}

{{/* Services that consume Kafka topics (have a consumer group). */}}
{{- define "aigc.isConsumer" -}}
{{- if .consumerGroup }}true{{ end }}
{{- end }}

{{/*
The container environment of one service; call with (dict "root" $ "name" <service> "svc" <values>).
Secrets are referenced (secretKeyRef), never rendered.
*/}}
{{- define "aigc.serviceEnv" -}}
{{- $root := .root }}
{{- $name := .name -}}
- name: SPRING_PROFILES_ACTIVE
  value: cluster
- name: SPRING_CONFIG_ADDITIONAL_LOCATION
  value: "optional:file:/etc/aigc/"
- name: MANAGEMENT_ENDPOINT_HEALTH_PROBES_ENABLED
  value: "true"
- name: OTEL_SERVICE_NAME
  value: {{ $name }}
- name: OTEL_EXPORTER_OTLP_ENDPOINT
  value: {{ $root.Values.observability.otlp.endpoint | quote }}
- name: OTEL_RESOURCE_ATTRIBUTES
  value: {{ printf "service.namespace=aigc-factory,deployment.environment=%s" $root.Values.observability.environment | quote }}
- name: OTLP_METRICS_ENABLED
  value: {{ $root.Values.observability.otlp.metrics | quote }}
- name: AIGC_TENANT_ASSERTION_SECRET
  valueFrom:
    secretKeyRef:
      name: {{ required "tenantAssertion.existingSecret is required: every service refuses to start without the tenant assertion secret" $root.Values.tenantAssertion.existingSecret }}
      key: {{ $root.Values.tenantAssertion.secretKey }}
- name: AIGC_TRUST_SIGNING_KEY
  valueFrom:
    secretKeyRef:
      name: {{ required "trust.existingSecret is required: the services sign AI-generation labels with it" $root.Values.trust.existingSecret }}
      key: {{ $root.Values.trust.signingKeyKey }}
{{- with $root.Values.trust.producer }}
- name: AIGC_TRUST_PRODUCER
  value: {{ . | quote }}
{{- end }}
- name: POSTGRES_HOST
  value: {{ $root.Values.postgresql.host | quote }}
- name: POSTGRES_PORT
  value: {{ $root.Values.postgresql.port | quote }}
- name: POSTGRES_DB
  value: {{ $root.Values.postgresql.database | quote }}
- name: POSTGRES_USER
  value: {{ $root.Values.postgresql.user | quote }}
{{- with $root.Values.postgresql.existingSecret }}
- name: POSTGRES_PASSWORD
  valueFrom:
    secretKeyRef:
      name: {{ . }}
      key: {{ $root.Values.postgresql.passwordKey }}
{{- end }}
{{- if has $name (list "gateway" "creative-service" "feedback-service" "production-service") }}
{{- if $root.Values.redis.existingSecret }}
- name: REDIS_URI
  valueFrom:
    secretKeyRef:
      name: {{ $root.Values.redis.existingSecret }}
      key: {{ $root.Values.redis.uriKey }}
{{- else }}
- name: REDIS_URI
  value: {{ $root.Values.redis.uri | quote }}
{{- end }}
{{- end }}
{{- if eq $name "gateway" }}
{{- range $target := list "creative" "production" "inspection" "distribution" "feedback" }}
{{- $svcName := printf "%s-service" $target }}
{{- $svc := index $root.Values.services $svcName }}
- name: {{ printf "%s_URL" (upper $target) }}
  value: {{ printf "http://%s:%v" (include "aigc.componentName" (dict "root" $root "component" $svcName)) $svc.port | quote }}
{{- end }}
{{- with $root.Values.gatewayJwt }}
{{- if .issuer }}
- name: AIGC_JWT_ISSUER
  value: {{ .issuer | quote }}
{{- end }}
{{- if .jwkSetUri }}
- name: AIGC_JWT_JWK_SET_URI
  value: {{ .jwkSetUri | quote }}
{{- end }}
{{- if .audience }}
- name: AIGC_JWT_AUDIENCE
  value: {{ .audience | quote }}
{{- end }}
{{- end }}
{{- else }}
- name: KAFKA_BOOTSTRAP_SERVERS
  value: {{ include "aigc.kafkaBootstrap" $root | quote }}
- name: AIGC_MESSAGING_PARTITIONS
  value: {{ $root.Values.kafka.partitions | quote }}
- name: AIGC_MESSAGING_REPLICATION_FACTOR
  value: {{ $root.Values.kafka.replicationFactor | quote }}
- name: AIGC_MESSAGING_MIN_INSYNC_REPLICAS
  value: {{ $root.Values.kafka.minInsyncReplicas | quote }}
- name: AIGC_STORAGE_ROOT
  value: /var/lib/aigc/shared/blobs
- name: AIGC_MODEL_CACHE_DIRECTORY
  value: /var/lib/aigc/shared/model-cache
{{- if eq $root.Values.blobStore.backend "s3" }}
{{- with $root.Values.blobStore.s3 }}
- name: AIGC_STORAGE_BACKEND
  value: s3
- name: AIGC_STORAGE_S3_BUCKET
  value: {{ required "blobStore.s3.bucket is required with blobStore.backend=s3" .bucket | quote }}
- name: AIGC_STORAGE_S3_KEY_PREFIX
  value: {{ .keyPrefix | quote }}
{{- if .endpoint }}
- name: AIGC_STORAGE_S3_ENDPOINT
  value: {{ .endpoint | quote }}
{{- end }}
- name: AIGC_STORAGE_S3_REGION
  value: {{ .region | quote }}
- name: AIGC_STORAGE_S3_PATH_STYLE
  value: {{ .pathStyle | quote }}
- name: AIGC_STORAGE_S3_CREATE_BUCKET
  value: {{ .createBucket | quote }}
{{- with .existingSecret }}
- name: AWS_ACCESS_KEY_ID
  valueFrom:
    secretKeyRef:
      name: {{ . }}
      key: AWS_ACCESS_KEY_ID
- name: AWS_SECRET_ACCESS_KEY
  valueFrom:
    secretKeyRef:
      name: {{ . }}
      key: AWS_SECRET_ACCESS_KEY
{{- end }}
{{- end }}
{{- end }}
{{- if eq $name "distribution-service" }}
- name: AIGC_DISTRIBUTION_EXPORT_ROOT
  value: /var/lib/aigc/shared/exports
- name: AIGC_DISTRIBUTION_PUBLIC_BASE_URL
  value: {{ $root.Values.publicBaseUrl | quote }}
{{- end }}
{{- if eq $name "inspection-service" }}
- name: AIGC_INSPECTION_ORIGINALITY_INDEX_DIRECTORY
  value: /var/lib/aigc/originality
{{- end }}
{{- if $root.Values.triton.enabled }}
{{- $models := $root.Values.triton.models }}
{{- if and (eq $name "creative-service") $models.llm }}
- name: AIGC_CREATIVE_LLM_PROVIDER
  value: triton
- name: AIGC_CREATIVE_LLM_MODEL
  value: llm
- name: AIGC_INFERENCE_MODELS_LLM_ENDPOINTS
  value: {{ include "aigc.tritonTarget" $root | quote }}
- name: AIGC_INFERENCE_MODELS_LLM_DECOUPLED
  value: "true"
- name: AIGC_INFERENCE_MODELS_LLM_MAX_BATCH_SIZE
  value: "0"
{{- end }}
{{- if and (eq $name "production-service") $models.sdxl }}
- name: AIGC_PRODUCTION_SCENE_BACKEND
  value: triton
- name: AIGC_INFERENCE_MODELS_SDXL_ENDPOINTS
  value: {{ include "aigc.tritonTarget" $root | quote }}
{{- end }}
{{- if and (eq $name "production-service") $models.tts }}
- name: AIGC_PRODUCTION_VIDEO_NARRATOR
  value: triton
- name: AIGC_INFERENCE_MODELS_TTS_ENDPOINTS
  value: {{ include "aigc.tritonTarget" $root | quote }}
{{- end }}
{{- if and (eq $name "inspection-service") $models.embedding }}
- name: AIGC_INFERENCE_MODELS_EMBEDDING_BACKEND
  value: triton
- name: AIGC_INFERENCE_MODELS_EMBEDDING_ENDPOINTS
  value: {{ include "aigc.tritonTarget" $root | quote }}
{{- end }}
{{- end }}
{{- end }}
{{- range $key, $value := merge (dict) .svc.env $root.Values.env }}
- name: {{ $key }}
  value: {{ $value | quote }}
{{- end }}
{{- end }}
