package org.callsheet.logic.text;

/** Small character helpers shared by the text normalisers. */
public final class Characters {
    private Characters() {
    }

    /** Full-width ASCII forms (０-９, Ａ-Ｚ, ＋, －, ...) and the ideographic space to their ASCII forms. */
    public static char halfWidth(char c) {
        if (c >= '\uFF01' && c <= '\uFF5E') {
            return (char) (c - 0xFEE0);
        }
        if (c == '\u3000') {
            return ' ';
        }
        return c;
    }

    public static String halfWidth(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            out.append(halfWidth(s.charAt(i)));
        }
        return out.toString();
    }

    /** Only the digits of a text, full-width digits included. */
    public static String digits(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = halfWidth(s.charAt(i));
            if (c >= '0' && c <= '9') {
                out.append(c);
            }
        }
        return out.toString();
    }
}
