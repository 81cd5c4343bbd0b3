package app.dealbrief.cli;

import app.dealbrief.workspace.Workspace;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * In the quick-compiler JVM that runs a short command ({@code -Ddealbrief.jvm=quick}, see QuickJvm): when the
 * JVM is told to stop (its first JVM is gone, or SIGTERM), the store is closed before it exits, so H2 writes
 * its last state and releases the folder. The command's own close and this one close it once between them.
 */
final class StoreOnExit {
    private StoreOnExit() {
    }

    static Workspace guard(Workspace ws) {
        if (!"quick".equals(System.getProperty("dealbrief.jvm"))) {
            return ws; // a plain JVM: the command closes its store, as before
        }
        AtomicBoolean closed = new AtomicBoolean();
        Thread hook = new Thread(() -> {
            if (closed.compareAndSet(false, true)) {
                ws.close();
            }
        }, "dealbrief-close-store");
        Runtime.getRuntime().addShutdownHook(hook);
        return (Workspace) Proxy.newProxyInstance(Workspace.class.getClassLoader(), new Class<?>[] {Workspace.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("close") && method.getParameterCount() == 0) {
                        if (closed.compareAndSet(false, true)) {
                            ws.close();
                            try {
                                Runtime.getRuntime().removeShutdownHook(hook);
                            } catch (IllegalStateException shuttingDown) {
                                // the hook finds it closed and does nothing
                            }
                        }
                        return null;
                    }
                    try {
                        return method.invoke(ws, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
