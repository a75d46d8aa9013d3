package nl.toeslagen.web.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import nl.toeslagen.kernel.Vocabulary;
import nl.toeslagen.kernel.VocabularySet;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.VarInsnNode;
import org.objectweb.asm.tree.analysis.Analyzer;
import org.objectweb.asm.tree.analysis.AnalyzerException;
import org.objectweb.asm.tree.analysis.Frame;
import org.objectweb.asm.tree.analysis.SourceInterpreter;
import org.objectweb.asm.tree.analysis.SourceValue;

/**
 * Every audit action code the production code writes has a Dutch label in {@code GET /api/labels}
 * (a context's {@code auditActions} vocabulary), and every labelled code is written somewhere.
 *
 * <p>The codes are found in the bytecode, not in a list kept by hand: a data-flow analysis (ASM's
 * {@link SourceInterpreter}) follows the action argument of every place an audit entry is made —
 * {@code new AuditEvent(.., action, ..)}, {@code Change.audit(action, ..)}, {@code new
 * LetterOutbox.AuditNote(action, ..)}, {@code PolicyViolationException.audited(action)} — back to
 * the string constants it comes from, through local variables, conditional expressions, lambdas and
 * methods that pass their own parameter on (those become places of their own, e.g. {@code
 * LoginAudit.refused}, {@code SignalCase.note}, {@code UnitOfWork.read}). A code built at run time
 * from a constant prefix ({@code "REFUSED " + operation}) must have its prefix labelled in an
 * {@code auditActionPrefixes} vocabulary; any other origin must be listed in {@link #COMPUTED} with
 * the reason it needs no label of its own. The checks run on the fixtures under {@code
 * nl.toeslagen.auditfixture} too, where they must fail.
 */
class AuditActionsTest {

  /**
   * The vocabulary, in a context's {@link VocabularySet}, of the action codes that context writes.
   */
  static final String ACTIONS = "auditActions";

  /** The vocabulary of the prefixes of action codes completed at run time. */
  static final String PREFIXES = "auditActionPrefixes";

  /** Where an action comes from at run time, by "class#method", with why it needs no label. */
  static final Map<String, String> COMPUTED =
      Map.of(
          "nl.toeslagen.usecase.api.UnitOfWork#fire",
          "the action of a Change note: checked where Change.audit is called",
          "nl.toeslagen.documents.application.LetterJobWorker#process",
          "the action of the letter job, from its AuditNote: checked where the note is made",
          "nl.toeslagen.web.rest.DomainExceptionMapper#toResponse",
          "the action a PolicyViolationException carries: checked where audited(..) is called",
          "nl.toeslagen.workflow.infrastructure.TaskAuditListener#notify",
          "the default branch for other task events, which the listener is never registered for"
              + " (TaskAuditParseListener: create, assignment, complete)");

  private static final String AUDIT_EVENT = "nl/toeslagen/audit/api/AuditEvent";

  /** The places an audit entry's action is given: owner, method name, argument index. */
  private static final List<Sink> ROOTS =
      List.of(
          new Sink(AUDIT_EVENT, "<init>", null, 2),
          new Sink("nl/toeslagen/usecase/api/Change", "audit", null, 0),
          new Sink("nl/toeslagen/documents/api/LetterOutbox$AuditNote", "<init>", null, 0),
          new Sink("nl/toeslagen/kernel/PolicyViolationException", "audited", null, 0));

  private static final JavaClasses PRODUCTION =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("nl.toeslagen");

  private static final JavaClasses FIXTURES =
      new ClassFileImporter().importPackages("nl.toeslagen.auditfixture");

  @Test
  void everyActionCodeWrittenHasADutchLabelAndEveryLabelledCodeIsWritten() {
    Found found = analyse(PRODUCTION);
    assertThat(problems(found, VocabulariesTest.setsIn(PRODUCTION))).isEmpty();
    // the analysis finds what the handlers write, across the modules
    assertThat(found.codes().keySet())
        .contains(
            "CASE_READ",
            "TASK_CREATED",
            "TASK_ASSIGNED",
            "TASK_COMPLETED",
            "LOGIN",
            "LOGIN_THROTTLED",
            "AUDIT_TRAIL_READ",
            "DECISION_SENT",
            "DECISION_LETTER_PREVIEWED",
            "DETERMINATION_APPROVED",
            "LETTER_CREATED",
            "DOCUMENT_DELETED",
            "DECISION_RECORDED");
    assertThat(found.prefixes().keySet()).containsExactly("REFUSED");
  }

  @Test
  void anUnlabelledCodeAStaleLabelAndAnUnexplainedComputedActionAreFound() {
    Found found = analyse(FIXTURES);
    assertThat(found.codes().keySet())
        .containsExactlyInAnyOrder("FIXTURE_LABELLED", "FIXTURE_UNLABELLED", "FIXTURE_FORWARDED");
    assertThat(problems(found, VocabulariesTest.setsIn(FIXTURES)))
        .containsExactlyInAnyOrder(
            "FIXTURE_UNLABELLED (written by nl.toeslagen.auditfixture.FixtureAuditing#unlabelled)"
                + " has no label in any auditActions vocabulary",
            "FIXTURE_FORWARDED (written by nl.toeslagen.auditfixture.FixtureAuditing#forwarding)"
                + " has no label in any auditActions vocabulary",
            "FIXTURE_STALE is labelled in fixture-audit.auditActions but never written",
            "nl.toeslagen.auditfixture.FixtureAuditing#computed writes an action computed at run"
                + " time (call to "
                + "nl/toeslagen/auditfixture/FixtureAuditing.name()Ljava/lang/String;);"
                + " label its codes or explain it in COMPUTED",
            "prefix UNLISTED (written by nl.toeslagen.auditfixture.FixtureAuditing#prefixed) has"
                + " no label in any auditActionPrefixes vocabulary");
  }

  /** What does not hold, one line each. */
  static List<String> problems(Found found, List<VocabularySet> sets) {
    List<String> problems = new ArrayList<>();
    Map<String, String> labelled = new TreeMap<>();
    Set<String> prefixes = new HashSet<>();
    for (VocabularySet set : sets) {
      for (Vocabulary v : set.vocabularies()) {
        if (v.name().equals(ACTIONS)) {
          for (String code : v.labels().keySet()) {
            String where = set.context() + "." + ACTIONS;
            String earlier = labelled.put(code, where);
            if (earlier != null) {
              problems.add(code + " is labelled twice: in " + earlier + " and " + where);
            }
          }
        } else if (v.name().equals(PREFIXES)) {
          prefixes.addAll(v.labels().keySet());
        }
      }
    }
    found
        .codes()
        .forEach(
            (code, where) -> {
              if (!labelled.containsKey(code)) {
                problems.add(
                    code
                        + " (written by "
                        + String.join(", ", where)
                        + ") has no label in any "
                        + ACTIONS
                        + " vocabulary");
              }
            });
    labelled.forEach(
        (code, where) -> {
          if (!found.codes().containsKey(code)) {
            problems.add(code + " is labelled in " + where + " but never written");
          }
        });
    found
        .prefixes()
        .forEach(
            (prefix, where) -> {
              if (!prefixes.contains(prefix)) {
                problems.add(
                    "prefix "
                        + prefix
                        + " (written by "
                        + String.join(", ", where)
                        + ") has no label in any "
                        + PREFIXES
                        + " vocabulary");
              }
            });
    found
        .computed()
        .forEach(
            (method, what) -> {
              if (!COMPUTED.containsKey(method)) {
                problems.add(
                    method
                        + " writes an action computed at run time ("
                        + String.join("; ", what)
                        + "); label its codes or explain it in COMPUTED");
              }
            });
    return problems;
  }

  // ---- the analysis
  // ----------------------------------------------------------------------------------------------

  /**
   * The codes written (code → the methods writing it), the run-time prefixes (prefix, without its
   * separator, → the methods) and the computed origins (method → what).
   */
  record Found(
      Map<String, Set<String>> codes,
      Map<String, Set<String>> prefixes,
      Map<String, Set<String>> computed) {}

  /** A method whose argument {@code arg} is an audit action; a null descriptor matches any. */
  record Sink(String owner, String name, String desc, int arg) {
    boolean matches(String owner, String name, String desc) {
      return this.owner.equals(owner)
          && this.name.equals(name)
          && (this.desc == null || this.desc.equals(desc));
    }
  }

  /** Where one action argument comes from. */
  private sealed interface Origin permits Literal, Prefix, Parameter, Computed {}

  private record Literal(String value) implements Origin {}

  /** {@code "PREFIX " + something}: a constant word and a space, then a value of run time. */
  private record Prefix(String value) implements Origin {}

  private record Parameter(int index) implements Origin {}

  private record Computed(String what) implements Origin {}

  static Found analyse(JavaClasses classes) {
    List<ClassNode> nodes = new ArrayList<>();
    classes.stream()
        .sorted(Comparator.comparing(JavaClass::getName))
        .forEach(c -> nodes.add(read(c.getName())));
    Set<Sink> sinks = new LinkedHashSet<>(ROOTS);
    Map<String, Set<String>> codes = new TreeMap<>();
    Map<String, Set<String>> prefixes = new TreeMap<>();
    Map<String, Set<String>> computed = new TreeMap<>();
    Map<MethodNode, Frame<SourceValue>[]> frames = new HashMap<>();
    boolean grown = true;
    while (grown) {
      grown = false;
      codes.clear();
      prefixes.clear();
      computed.clear();
      for (ClassNode c : nodes) {
        for (MethodNode m : c.methods) {
          String where = c.name.replace('/', '.') + "#" + m.name;
          for (Origin origin : actionOrigins(c, m, sinks, frames)) {
            if (origin instanceof Literal l) {
              codes.computeIfAbsent(l.value(), k -> new TreeSet<>()).add(where);
            } else if (origin instanceof Prefix p) {
              prefixes.computeIfAbsent(p.value(), k -> new TreeSet<>()).add(where);
            } else if (origin instanceof Parameter p) {
              grown |= sinks.add(new Sink(c.name, m.name, m.desc, p.index()));
            } else if (origin instanceof Computed x) {
              computed.computeIfAbsent(where, k -> new TreeSet<>()).add(x.what());
            }
          }
        }
      }
    }
    return new Found(codes, prefixes, computed);
  }

  private static ClassNode read(String className) {
    String resource = className.replace('.', '/') + ".class";
    try (InputStream in = AuditActionsTest.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("class file not found: " + resource);
      }
      ClassNode node = new ClassNode();
      new ClassReader(in).accept(node, ClassReader.SKIP_FRAMES);
      return node;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The origins of the action argument at every call of a sink in {@code m}. */
  private static List<Origin> actionOrigins(
      ClassNode c, MethodNode m, Set<Sink> sinks, Map<MethodNode, Frame<SourceValue>[]> cache) {
    List<int[]> calls = new ArrayList<>(); // instruction index, stack depth below the call's args
    List<Integer> args = new ArrayList<>();
    for (int i = 0; i < m.instructions.size(); i++) {
      AbstractInsnNode insn = m.instructions.get(i);
      if (insn instanceof MethodInsnNode call) {
        for (Sink s : sinks) {
          if (s.matches(call.owner, call.name, call.desc)) {
            calls.add(new int[] {i, Type.getArgumentTypes(call.desc).length});
            args.add(s.arg());
          }
        }
      } else if (insn instanceof InvokeDynamicInsnNode indy) {
        Handle target = lambdaTarget(indy);
        if (target == null) {
          continue;
        }
        // a lambda's captured values are the first parameters of its body (after `this` for an
        // instance method)
        int captured = Type.getArgumentTypes(indy.desc).length;
        int shift = target.getTag() == Opcodes.H_INVOKESTATIC ? 0 : 1;
        for (Sink s : sinks) {
          if (s.matches(target.getOwner(), target.getName(), target.getDesc())
              && s.arg() + shift < captured) {
            calls.add(new int[] {i, captured});
            args.add(s.arg() + shift);
          }
        }
      }
    }
    if (calls.isEmpty()) {
      return List.of();
    }
    Frame<SourceValue>[] frames =
        cache.computeIfAbsent(
            m,
            method -> {
              try {
                return new Analyzer<>(new SourceInterpreter()).analyze(c.name, method);
              } catch (AnalyzerException e) {
                throw new IllegalStateException(c.name + "." + method.name, e);
              }
            });
    List<Origin> origins = new ArrayList<>();
    for (int k = 0; k < calls.size(); k++) {
      int index = calls.get(k)[0];
      int count = calls.get(k)[1];
      Frame<SourceValue> frame = frames[index];
      if (frame == null) {
        continue; // unreachable code
      }
      SourceValue value = frame.getStack(frame.getStackSize() - count + args.get(k));
      resolve(m, frames, value, new HashSet<>(), origins);
    }
    return origins;
  }

  /** The body of a lambda or method reference made by {@code indy}, or null. */
  private static Handle lambdaTarget(InvokeDynamicInsnNode indy) {
    if (!indy.bsm.getOwner().equals("java/lang/invoke/LambdaMetafactory")) {
      return null;
    }
    return indy.bsmArgs.length > 1 && indy.bsmArgs[1] instanceof Handle h ? h : null;
  }

  private static void resolve(
      MethodNode m,
      Frame<SourceValue>[] frames,
      SourceValue value,
      Set<AbstractInsnNode> seen,
      List<Origin> out) {
    for (AbstractInsnNode insn : value.insns) {
      if (!seen.add(insn)) {
        continue;
      }
      int at = m.instructions.indexOf(insn);
      Frame<SourceValue> before = frames[at];
      if (insn instanceof LdcInsnNode ldc && ldc.cst instanceof String s) {
        out.add(new Literal(s));
      } else if (insn instanceof VarInsnNode v && v.getOpcode() == Opcodes.ALOAD) {
        SourceValue local = before.getLocal(v.var);
        if (local.insns.isEmpty()) {
          int parameter = parameterIndex(m, v.var);
          out.add(
              parameter >= 0
                  ? new Parameter(parameter)
                  : new Computed("local variable " + v.var + " of unknown origin"));
        } else {
          resolve(m, frames, local, seen, out);
        }
      } else if (insn instanceof VarInsnNode v && v.getOpcode() == Opcodes.ASTORE
          || insn.getOpcode() == Opcodes.CHECKCAST
          || insn.getOpcode() == Opcodes.DUP) {
        resolve(m, frames, before.getStack(before.getStackSize() - 1), seen, out);
      } else if (insn instanceof InvokeDynamicInsnNode indy
          && indy.name.equals("makeConcatWithConstants")
          && indy.bsmArgs.length > 0
          && indy.bsmArgs[0] instanceof String recipe) {
        // a string concatenation: "WORD " + something names its prefix; anything else is computed
        String constant = recipe.substring(0, Math.max(0, recipe.indexOf('\u0001')));
        out.add(
            constant.matches("[A-Z][A-Z0-9_]* ")
                ? new Prefix(constant.strip())
                : new Computed("string built as '" + recipe.replace('\u0001', '*') + "'"));
      } else if (insn instanceof MethodInsnNode call) {
        out.add(new Computed("call to " + call.owner + "." + call.name + call.desc));
      } else if (insn instanceof org.objectweb.asm.tree.FieldInsnNode field) {
        out.add(new Computed("field " + field.owner + "." + field.name));
      } else {
        out.add(new Computed("instruction " + insn.getOpcode()));
      }
    }
  }

  /** The index of the parameter held in local {@code var} at the method's start, or -1. */
  private static int parameterIndex(MethodNode m, int var) {
    int slot = (m.access & Opcodes.ACC_STATIC) != 0 ? 0 : 1;
    if (slot == 1 && var == 0) {
      return -1; // this
    }
    Type[] parameters = Type.getArgumentTypes(m.desc);
    for (int i = 0; i < parameters.length; i++) {
      if (slot == var) {
        return i;
      }
      slot += parameters[i].getSize();
    }
    return -1;
  }
}
