package com.icpportal.shared;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import org.springframework.web.multipart.MultipartFile;

/**
 * An uploaded text file for an import (CSV or JSON), checked by its content: present, not larger
 * than the limit, UTF-8 text without control characters. Anything else is a problem to show at the
 * upload field, never an exception.
 */
public final class TextUpload {

    private TextUpload() {}

    /** The text, or the message key (with arguments) saying why it cannot be read. */
    public record Result(String text, String problemKey, Object[] problemArguments) {

        public boolean ok() {
            return problemKey == null;
        }
    }

    public static Result read(MultipartFile file, long maxBytes) {
        if (file == null || file.isEmpty()) {
            return problem("import.problem.choose");
        }
        if (file.getSize() > maxBytes) {
            return problem("import.problem.tooLarge", String.valueOf(maxBytes / 1024));
        }
        byte[] bytes;
        try (InputStream in = file.getInputStream()) {
            bytes = in.readNBytes((int) maxBytes + 1);
        } catch (IOException e) {
            return problem("import.problem.unreadable");
        }
        if (bytes.length > maxBytes) {
            return problem("import.problem.tooLarge", String.valueOf(maxBytes / 1024));
        }
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            return problem("import.problem.notText");
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t') {
                return problem("import.problem.notText");
            }
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            return problem("import.problem.empty");
        }
        return new Result(text, null, new Object[0]);
    }

    private static Result problem(String key, Object... arguments) {
        return new Result(null, key, arguments);
    }
}
