/**
 * The operator dashboard: static ES modules under {@code /dashboard/} (charts from the
 * ECharts WebJar under {@code /webjars/}) that call the public API with the credential
 * the operator pastes.
 */
@NullMarked
package io.aigcfactory.gateway.dashboard;

import org.jspecify.annotations.NullMarked;
