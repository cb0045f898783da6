package com.salaryatlas.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.json.JavalinJackson;
import io.javalin.json.JsonMapper;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.Type;
import java.util.stream.Stream;

/** Javalin's Jackson mapper, made on the first JSON answer: no page the site starts with needs it. */
public final class LazyJson implements JsonMapper {

    private final Lazy<JavalinJackson> jackson = new Lazy<>(() -> new JavalinJackson(new ObjectMapper(), false));

    @Override
    public String toJsonString(Object obj, Type type) {
        return jackson.get().toJsonString(obj, type);
    }

    @Override
    public InputStream toJsonStream(Object obj, Type type) {
        return jackson.get().toJsonStream(obj, type);
    }

    @Override
    public void writeToOutputStream(Stream<?> stream, OutputStream out) {
        jackson.get().writeToOutputStream(stream, out);
    }

    @Override
    public <T> T fromJsonString(String json, Type type) {
        return jackson.get().fromJsonString(json, type);
    }

    @Override
    public <T> T fromJsonStream(InputStream json, Type type) {
        return jackson.get().fromJsonStream(json, type);
    }
}
