/**
 * Health of the model endpoints, for Spring Boot's health endpoint.
 */
@NullMarked
package io.aigcfactory.inference.health;

import org.jspecify.annotations.NullMarked;
