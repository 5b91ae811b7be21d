package org.callsheet.ui.concurrent;

/** What running work can tell and ask its runner. */
public interface WorkContext {
    void progress(long done, long total);

    boolean isCancelled();

    WorkContext NONE = new WorkContext() {
        @Override
        public void progress(long done, long total) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };
}
