package org.solarpm.procurement.imports;

import java.util.List;
import java.util.Locale;
import org.solarpm.shared.Messages;

/**
 * One bad cell: its Excel row number (1-based, as shown in Excel), column letter, the column's
 * field and a message key with arguments, rendered in the reader's language.
 */
public record RowError(int row, String column, String field, String key, List<String> args) {

    public String message(Locale locale) {
        Object[] all = new Object[args.size() + 1];
        all[0] = Messages.get(locale, "import.column." + field);
        for (int i = 0; i < args.size(); i++) {
            all[i + 1] = args.get(i);
        }
        return Messages.get(locale, key, all);
    }
}
