package ru.roadmapbot.cli;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;

/**
 * The jar's Main-Class (the build puts it at the jar's root as well). Commands that need no library (parse-dates, the
 * usage) run from the application's own classes under {@code BOOT-INF/classes}, read straight from the jar; everything
 * else goes to Spring Boot's launcher, which first builds a class loader over the 120-odd nested library jars. That
 * step and the classes it loads took about a quarter of a second, as long as parsing a thousand cells.
 * Refers to no other class of the application: they are not on the class path it is loaded from.
 */
public final class QuickLauncher {

    private static final String COMMAND_LINE = "ru.roadmapbot.cli.CommandLine";
    private static final String BOOT_LAUNCHER = "org.springframework.boot.loader.launch.JarLauncher";

    private QuickLauncher() {
    }

    public static void main(String[] args) throws Throwable {
        URL jar = QuickLauncher.class.getProtectionDomain().getCodeSource().getLocation();
        if (jar.getPath().endsWith(".jar")) {
            ClassLoader classes = new URLClassLoader(new URL[]{new URL("jar:" + jar + "!/BOOT-INF/classes/")},
                    QuickLauncher.class.getClassLoader());
            Class<?> commandLine = classes.loadClass(COMMAND_LINE);
            if ((boolean) call(commandLine.getMethod("runsWithoutLibraries", String[].class), args)) {
                System.exit((int) call(commandLine.getMethod("runWithoutLibraries", String[].class), args));
            }
        }
        call(Class.forName(BOOT_LAUNCHER).getMethod("main", String[].class), args);
    }

    private static Object call(Method method, String[] args) throws Throwable {
        try {
            return method.invoke(null, (Object) args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
