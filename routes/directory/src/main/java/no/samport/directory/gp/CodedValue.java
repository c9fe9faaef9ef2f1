package no.samport.directory.gp;

import java.util.Arrays;
import java.util.Optional;

/** A value of one of Samport's own small code lists in the GP data (contract model, competence, waiting group). */
public interface CodedValue {

    String code();

    String display();

    /** The value whose code is {@code code} (surrounding blanks ignored), if any. */
    static <T extends Enum<T> & CodedValue> Optional<T> byCode(Class<T> list, String code) {
        String wanted = code == null ? null : code.strip();
        return Arrays.stream(list.getEnumConstants()).filter(value -> value.code().equals(wanted)).findFirst();
    }
}
