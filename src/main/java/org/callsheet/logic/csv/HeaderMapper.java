package org.callsheet.logic.csv;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Maps the columns of a file to the fields of an entity by their names. The first column naming
 * a field wins; a later one naming the same field is left unmapped with a warning, as are columns
 * nobody recognises, so the user sees everything that will not be imported.
 */
public final class HeaderMapper {

    public record Result(HeaderMapping mapping, List<CsvProblem> problems) {
        public Result {
            problems = List.copyOf(problems);
        }
    }

    public Result map(EntityType entity, List<String> header) {
        return map(entity, header, Map.of());
    }

    /**
     * @param chosen the user's own choices by normalised column name (from a saved mapping); a
     *               null field there means "ignore this column"
     */
    Result map(EntityType entity, List<String> header, Map<String, String> chosen) {
        Map<String, String> byAlias = aliases(entity);
        List<String> fields = new ArrayList<>();
        Map<String, String> takenBy = new HashMap<>();
        List<CsvProblem> problems = new ArrayList<>();
        for (String column : header) {
            String key = HeaderNormalizer.normalize(column);
            String field = chosen.containsKey(key) ? chosen.get(key) : known(byAlias, key);
            if (field != null && takenBy.containsKey(field)) {
                problems.add(CsvProblem.warning(ProblemCode.DUPLICATE_FIELD, 0, column,
                        new FieldRef(entity.id(), field), takenBy.get(field)));
                field = null;
            } else if (field == null && !key.isEmpty() && !chosen.containsKey(key)) {
                problems.add(CsvProblem.warning(ProblemCode.UNMAPPED_COLUMN, 0, column));
            }
            if (field != null) {
                takenBy.put(field, column);
            }
            fields.add(field);
        }
        HeaderMapping mapping = new HeaderMapping(entity, header, fields, Map.of());
        problems.addAll(mapping.missingRequired());
        return new Result(mapping, problems);
    }

    /**
     * The field a header names: by its aliases, or with a leading 所在 / 所属 ("located in", "belonging
     * to") left off, as lists write 所在省份, 所属城市, 所在区县.
     */
    private static String known(Map<String, String> byAlias, String key) {
        String field = byAlias.get(key);
        if (field == null && key.length() > 2 && (key.startsWith("所在") || key.startsWith("所属"))) {
            field = byAlias.get(key.substring(2));
        }
        return field;
    }

    private static Map<String, String> aliases(EntityType entity) {
        Map<String, String> byAlias = new HashMap<>();
        for (FieldSpec field : entity.fields()) {
            byAlias.putIfAbsent(HeaderNormalizer.normalize(field.id()), field.id());
            for (String alias : field.aliases()) {
                byAlias.putIfAbsent(HeaderNormalizer.normalize(alias), field.id());
            }
        }
        return byAlias;
    }
}
