package org.callsheet.logic.regions;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A character trie from names to values, answering "which names start at this position of a
 * text". Children are kept in sorted arrays, so a lookup walks the text once without boxing
 * characters or cutting substrings.
 */
final class NameTrie<T> {

    /** A name found in the text: how many characters it covers and what it stands for. */
    record Hit<T>(int length, List<T> values) {
    }

    private static final class Node<T> {
        private char[] keys = new char[0];
        @SuppressWarnings("unchecked")
        private Node<T>[] children = new Node[0];
        private List<T> values = List.of();

        Node<T> child(char c) {
            int i = Arrays.binarySearch(keys, c);
            return i >= 0 ? children[i] : null;
        }

        Node<T> childOrNew(char c) {
            int i = Arrays.binarySearch(keys, c);
            if (i >= 0) {
                return children[i];
            }
            int at = -i - 1;
            Node<T> node = new Node<>();
            char[] newKeys = new char[keys.length + 1];
            System.arraycopy(keys, 0, newKeys, 0, at);
            newKeys[at] = c;
            System.arraycopy(keys, at, newKeys, at + 1, keys.length - at);
            Node<T>[] newChildren = Arrays.copyOf(children, children.length + 1);
            System.arraycopy(children, at, newChildren, at + 1, children.length - at);
            newChildren[at] = node;
            keys = newKeys;
            children = newChildren;
            return node;
        }
    }

    private final Node<T> root = new Node<>();

    void put(String name, T value) {
        Node<T> node = root;
        for (int i = 0; i < name.length(); i++) {
            node = node.childOrNew(name.charAt(i));
        }
        if (!node.values.contains(value)) {
            List<T> values = new ArrayList<>(node.values);
            values.add(value);
            node.values = List.copyOf(values);
        }
    }

    /** Every name that starts at {@code from}, shortest first. */
    List<Hit<T>> prefixesAt(CharSequence text, int from) {
        List<Hit<T>> hits = List.of();
        Node<T> node = root;
        for (int i = from; i < text.length(); i++) {
            node = node.child(text.charAt(i));
            if (node == null) {
                break;
            }
            if (!node.values.isEmpty()) {
                if (hits.isEmpty()) {
                    hits = new ArrayList<>(2);
                }
                hits.add(new Hit<>(i - from + 1, node.values));
            }
        }
        return hits;
    }

    /** The values stored under exactly this name. */
    List<T> get(String name) {
        Node<T> node = root;
        for (int i = 0; i < name.length() && node != null; i++) {
            node = node.child(name.charAt(i));
        }
        return node == null ? List.of() : node.values;
    }
}
