package ru.roadmapbot.admin;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Files the console hands out (exports, proofs) as attachments: the name in UTF-8 for Cyrillic names, and never
 * sniffed into something the browser would run (a proof is whatever a person uploaded).
 */
final class Downloads {

    private Downloads() {
    }

    static ResponseEntity<byte[]> attachment(byte[] content, String fileName, MediaType type) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(fileName, StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(content);
    }
}
