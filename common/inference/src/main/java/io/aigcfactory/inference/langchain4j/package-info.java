/**
 * LangChain4j chat and embedding models over the batcher, so services write plain
 * LangChain4j code whatever runs the model.
 */
@NullMarked
package io.aigcfactory.inference.langchain4j;

import org.jspecify.annotations.NullMarked;
