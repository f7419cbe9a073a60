package ceasefire.output;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** CSV as every file of ours writes it: RFC 4180 quoting, '\n' line ends, a header row. */
public final class CsvOut {

    public static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\n").get();

    private CsvOut() {
    }

    public static CSVPrinter printer(Writer w, List<String> header) throws IOException {
        CSVPrinter p = new CSVPrinter(w, FORMAT);
        p.printRecord(header);
        return p;
    }
}
