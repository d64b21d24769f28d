package io.aigcfactory.platform.web;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;

import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Answers every failed request with RFC 9457 problem+json: a stable {@code type}, a human
 * {@code detail}, the offending fields under {@code errors}, and never a stack trace.
 */
@RestControllerAdvice
public class ProblemResponses extends ResponseEntityExceptionHandler {

	private static final Logger logger = LoggerFactory.getLogger(ProblemResponses.class);

	@ExceptionHandler
	ResponseEntity<ProblemDetail> invalidInput(InvalidInput failure) {
		return respond(Problems.invalidInput(failure.problems(), failure.properties()));
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> notFound(NotFound failure) {
		return respond(Problems.problem(HttpStatus.NOT_FOUND, "not-found", "Not found", failure.getMessage()));
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> conflict(ConflictingRequest failure) {
		return respond(Problems.problem(HttpStatus.CONFLICT, "conflict", "Conflicting request", failure.getMessage()));
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> tooLarge(PayloadTooLarge failure) {
		return respond(Problems.problem(HttpStatus.CONTENT_TOO_LARGE, "payload-too-large", "Payload too large",
				failure.getMessage()));
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> unexpected(Exception failure) {
		logger.error("Request failed", failure);
		return respond(Problems.problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal", "Internal error",
				"The request could not be completed; it has been logged."));
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException failure,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		FieldProblem problem = (failure.getCause() instanceof JacksonException json) ? JsonFieldPaths.problemOf(json)
				: FieldProblem.of("body", "is missing or cannot be read");
		return body(Problems.invalidInput(List.of(problem), Map.of()));
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException failure,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<FieldProblem> problems = failure.getBindingResult()
			.getFieldErrors()
			.stream()
			.map((error) -> FieldProblem.of(error.getField(), String.valueOf(error.getDefaultMessage())))
			.toList();
		return body(Problems.invalidInput(problems, Map.of()));
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleTypeMismatch(TypeMismatchException failure, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		String field = (failure.getPropertyName() != null) ? failure.getPropertyName() : "parameter";
		return body(Problems.invalidInput(List.of(FieldProblem.of(field, "is not a valid value")), Map.of()));
	}

	private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
		return ResponseEntity.status(problem.getStatus()).body(problem);
	}

	private static ResponseEntity<Object> body(ProblemDetail problem) {
		return ResponseEntity.status(problem.getStatus()).body(problem);
	}

}
