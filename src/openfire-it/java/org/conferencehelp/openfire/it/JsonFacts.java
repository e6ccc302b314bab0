package org.conferencehelp.openfire.it;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reading the JSON view (/help/using-conferences.json, schema version 1) by the names its schema gives. */
final class JsonFacts {

    private JsonFacts() {
    }

    static Optional<JsonNode> room(JsonNode json, String address) {
        for (JsonNode service : json.path("conferences").path("services")) {
            for (JsonNode room : service.path("rooms")) {
                if (address.equals(room.path("address").asText())) {
                    return Optional.of(room);
                }
            }
        }
        return Optional.empty();
    }

    static boolean listsRoom(JsonNode json, String address) {
        return room(json, address).isPresent();
    }

    static Optional<JsonNode> service(JsonNode json, String address) {
        for (JsonNode service : json.path("conferences").path("services")) {
            if (address.equals(service.path("address").asText())) {
                return Optional.of(service);
            }
        }
        return Optional.empty();
    }

    /** The current certificates with this SHA-256 (as openssl prints it). */
    static List<JsonNode> certificates(JsonNode json, String sha256) {
        List<JsonNode> found = new ArrayList<>();
        for (JsonNode certificate : json.path("certificates")) {
            if (sha256.equals(certificate.path("sha256").asText())) {
                found.add(certificate);
            }
        }
        return found;
    }

    /** Whether a current certificate with this SHA-256 is listed as presented to these connections (client, server). */
    static boolean presents(JsonNode json, String sha256, String connections) {
        return certificates(json, sha256).stream().anyMatch(c -> presentedTo(c, connections).isPresent());
    }

    static Optional<JsonNode> presentedTo(JsonNode certificate, String connections) {
        for (JsonNode presentation : certificate.path("presentedTo")) {
            if (connections.equals(presentation.path("connections").asText())) {
                return Optional.of(presentation);
            }
        }
        return Optional.empty();
    }

    static boolean listsPrevious(JsonNode json, String sha256) {
        for (JsonNode previous : json.path("previousCertificates")) {
            if (sha256.equals(previous.path("sha256").asText())) {
                return true;
            }
        }
        return false;
    }

    static List<String> currentSha256(JsonNode json) {
        List<String> all = new ArrayList<>();
        json.path("certificates").forEach(c -> all.add(c.path("sha256").asText()));
        return all;
    }
}
