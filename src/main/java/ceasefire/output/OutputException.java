package ceasefire.output;

/** An output location the user chose cannot be used (it would overwrite their files, say). */
public class OutputException extends Exception {

    private static final long serialVersionUID = 1L;

    public OutputException(String message) {
        super(message);
    }
}
