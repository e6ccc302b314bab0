package org.conferencehelp.http;

import javax.servlet.http.HttpServletRequest;
import org.eclipse.jetty.ee8.nested.Request;
import org.eclipse.jetty.http.DateParser;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;

/**
 * The request headers the help servlet reads, each the first of its name, or {@code null}. On Jetty's own request
 * they are picked up in one pass over its fields by their known names, instead of one search by name each; behind a
 * wrapper, through the servlet API.
 */
record RequestHeaders(String acceptLanguage, String acceptEncoding, String ifNoneMatch, String ifModifiedSince) {

    static RequestHeaders of(HttpServletRequest request) {
        if (!(request instanceof Request jetty)) {
            return new RequestHeaders(request.getHeader("Accept-Language"), request.getHeader("Accept-Encoding"),
                    request.getHeader("If-None-Match"), request.getHeader("If-Modified-Since"));
        }
        String language = null;
        String encoding = null;
        String noneMatch = null;
        String modifiedSince = null;
        HttpFields fields = jetty.getHttpFields();
        for (int i = 0, size = fields.size(); i < size; i++) {
            HttpField field = fields.getField(i);
            if (field.getHeader() == null) {
                continue;
            }
            switch (field.getHeader()) {
                case ACCEPT_LANGUAGE -> language = language == null ? field.getValue() : language;
                case ACCEPT_ENCODING -> encoding = encoding == null ? field.getValue() : encoding;
                case IF_NONE_MATCH -> noneMatch = noneMatch == null ? field.getValue() : noneMatch;
                case IF_MODIFIED_SINCE -> modifiedSince = modifiedSince == null ? field.getValue() : modifiedSince;
                default -> {
                }
            }
        }
        return new RequestHeaders(language, encoding, noneMatch, modifiedSince);
    }

    /** {@code If-Modified-Since} in epoch milliseconds, or -1 when absent or not a date (then it is ignored). */
    long ifModifiedSinceMillis() {
        return ifModifiedSince == null ? -1 : DateParser.parseDate(ifModifiedSince);
    }
}
