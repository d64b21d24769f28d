/**
 * Spring Boot auto-configuration: typed settings for models by name and the beans built
 * from them.
 */
@NullMarked
package io.aigcfactory.inference.autoconfigure;

import org.jspecify.annotations.NullMarked;
