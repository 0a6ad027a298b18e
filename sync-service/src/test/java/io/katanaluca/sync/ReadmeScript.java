package io.katanaluca.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * The {@code bash} blocks of one README section, run in the order they stand as one script under
 * {@code bash -euo pipefail}: a new user's steps as written, only the demo's loopback ports moved. A
 * DEBUG trap (not inherited by the script's functions) prints a marker line before each of the
 * script's own commands, so a test reads what each command of each block answered.
 */
final class ReadmeScript {

    private static final Pattern FENCE = Pattern.compile("^( *)```(\\w*)$");
    private static final Pattern HEADING = Pattern.compile("^#{1,3} ");
    private static final String MARKER = "\u0001command ";
    private static final Pattern BLOCK_START = Pattern.compile(": block (\\d+)");
    private static final String TRAP = "trap 'printf \"\\n\\001command %s\\n\" \"$BASH_COMMAND\"' DEBUG\n";

    private final List<String> blocks;

    private ReadmeScript(List<String> blocks) {
        this.blocks = List.copyOf(blocks);
    }

    /** The bash blocks under {@code heading} up to the next heading of its level or above, their indentation removed. */
    static ReadmeScript ofSection(Path readme, String heading) {
        List<String> lines = readLines(readme);
        int start = lines.indexOf(heading);
        assertThat(start).as("%s has the section %s", readme, heading).isNotNegative();
        List<String> blocks = new ArrayList<>();
        StringBuilder block = null;
        boolean inOtherBlock = false;
        String indent = "";
        for (String line : lines.subList(start + 1, lines.size())) {
            Matcher fence = FENCE.matcher(line);
            if (block != null && line.equals(indent + "```")) {
                blocks.add(block.toString());
                block = null;
            } else if (block != null) {
                block.append(line.startsWith(indent) ? line.substring(indent.length()) : line).append('\n');
            } else if (inOtherBlock) {
                inOtherBlock = !line.strip().equals("```");
            } else if (fence.matches()) {
                indent = fence.group(1);
                block = fence.group(2).equals("bash") ? new StringBuilder() : null;
                inOtherBlock = block == null;
            } else if (HEADING.matcher(line).find()) {
                break;
            }
        }
        return new ReadmeScript(blocks);
    }

    List<String> blocks() {
        return blocks;
    }

    /** This script with {@code block} run first, e.g. the helpers another section defines. */
    ReadmeScript after(String block) {
        List<String> all = new ArrayList<>();
        all.add(block);
        all.addAll(blocks);
        return new ReadmeScript(all);
    }

    /** The same script with every {@code 127.0.0.1:<from>} turned into {@code 127.0.0.1:<to>}. */
    ReadmeScript onPorts(Map<Integer, Integer> ports) {
        return new ReadmeScript(blocks.stream().map(block -> {
            String moved = block;
            for (Map.Entry<Integer, Integer> port : ports.entrySet()) {
                moved = moved.replace("127.0.0.1:" + port.getKey(), "127.0.0.1:" + port.getValue());
            }
            return moved;
        }).toList());
    }

    /** The script as bash runs it: the trap, then each block after a {@code : block <n>} line. */
    String text() {
        StringBuilder script = new StringBuilder(TRAP);
        for (int i = 0; i < blocks.size(); i++) {
            script.append(": block ").append(i).append('\n').append(blocks.get(i));
        }
        return script.toString();
    }

    /** Runs it in {@code directory}; kills it if it has not ended within {@code timeout}. */
    Run run(Path directory, Duration timeout) throws IOException, InterruptedException {
        Path script = Files.writeString(directory.resolve("walk-through.sh"), text());
        Path output = directory.resolve("walk-through.out");
        Path errors = directory.resolve("walk-through.err");
        Process bash = new ProcessBuilder("bash", "-euo", "pipefail", script.toString()).directory(directory.toFile())
                .redirectOutput(output.toFile()).redirectError(errors.toFile()).start();
        boolean ended = bash.waitFor(timeout.toSeconds(), TimeUnit.SECONDS);
        if (!ended) {
            bash.destroyForcibly().waitFor();
        }
        return new Run(ended ? bash.exitValue() : -1, commands(readLines(output)), Files.readString(errors));
    }

    private static List<Command> commands(List<String> lines) {
        List<Command> commands = new ArrayList<>();
        int block = -1;
        String text = null;
        StringBuilder output = new StringBuilder();
        for (String line : lines) {
            if (!line.startsWith(MARKER)) {
                output.append(line).append('\n');
                continue;
            }
            if (text != null) {
                commands.add(new Command(block, text, output.toString().strip()));
            }
            text = line.substring(MARKER.length());
            output.setLength(0);
            Matcher blockStart = BLOCK_START.matcher(text);
            if (blockStart.matches()) {
                block = Integer.parseInt(blockStart.group(1));
                text = null;
            }
        }
        if (text != null) {
            commands.add(new Command(block, text, output.toString().strip()));
        }
        return commands;
    }

    private static List<String> readLines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + file, e);
        }
    }

    /** How the script ended ({@code -1}: killed at its timeout), what each command printed, and its standard error. */
    record Run(int exitCode, List<Command> commands, String errors) {

        /** The one command of {@code block} whose text ends with {@code end}. */
        Command command(int block, String end) {
            List<Command> matching = commands.stream().filter(command -> command.block() == block && command.text().endsWith(end)).toList();
            assertThat(matching).as("the commands of block %d ending with %s, in:%n%s", block, end, this).hasSize(1);
            return matching.get(0);
        }

        @Override
        public String toString() {
            StringBuilder text = new StringBuilder("exit code " + exitCode + "\n");
            commands.forEach(command -> text.append(command).append('\n'));
            return text.append("standard error:\n").append(errors).toString();
        }
    }

    /** One of the script's own commands, as bash saw it (variables not expanded), and what it printed. */
    record Command(int block, String text, String output) {

        JsonNode json() {
            return SyncApi.JSON.readTree(output);
        }

        @Override
        public String toString() {
            return "[" + block + "] $ " + text + "\n" + output;
        }
    }
}
