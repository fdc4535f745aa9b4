using System.Reflection;
using System.Reflection.Emit;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.DependencyModel;

namespace Participation.UnitTests;

/// <summary>
/// No code of the suite waits on a task: a request thread held by <c>.Result</c>, <c>.Wait()</c> or
/// <c>.GetAwaiter().GetResult()</c> is a thread the server cannot use, and under load the site stalls.
/// The compiled IL of every method is read for calls that block.
/// </summary>
public class NoBlockingTests
{
    [Fact]
    public void No_code_of_the_suite_blocks_on_a_task()
    {
        var assemblies = SuiteAssemblies();
        // The scan must reach the host and the modules it references, or it proves nothing.
        Assert.Contains(assemblies, a => a.GetName().Name == "Participation.Web");
        Assert.Contains(assemblies, a => a.GetName().Name == "Participation.Polls");

        var offences = assemblies.SelectMany(a => a.GetTypes()).SelectMany(BlockingCalls).Distinct().Order(StringComparer.Ordinal).ToList();
        Assert.True(offences.Count == 0, "These methods block on a task; await it instead:\n" + string.Join("\n", offences));
    }

    [Fact]
    public void Finds_each_way_of_blocking_and_not_an_await()
    {
        var offences = BlockingCalls(typeof(Samples)).Concat(typeof(Samples).GetNestedTypes(BindingFlags.NonPublic).SelectMany(BlockingCalls)).ToList();

        Assert.Contains(offences, o => o.StartsWith($"{typeof(Samples).FullName}.{nameof(Samples.ReadsResult)} ", StringComparison.Ordinal));
        Assert.Contains(offences, o => o.StartsWith($"{typeof(Samples).FullName}.{nameof(Samples.Waits)} ", StringComparison.Ordinal));
        Assert.Contains(offences, o => o.StartsWith($"{typeof(Samples).FullName}.{nameof(Samples.GetsResultInsideAnAsyncMethod)} ", StringComparison.Ordinal));
        Assert.Contains(offences, o => o.StartsWith($"{typeof(Samples).FullName}.{nameof(Samples.ReadsAValueTaskResult)} ", StringComparison.Ordinal));
        Assert.DoesNotContain(offences, o => o.Contains(nameof(Samples.Awaits), StringComparison.Ordinal));
    }

    /// <summary>The projects of src/, as the test project references them through the web host.</summary>
    private static List<Assembly> SuiteAssemblies()
    {
        var context = DependencyContext.Default ?? throw new InvalidOperationException("The test has no dependency context.");
        var self = typeof(NoBlockingTests).Assembly.GetName().Name;
        return [.. context.RuntimeLibraries
            .Where(l => l.Type == "project" && l.Name.StartsWith("Participation", StringComparison.Ordinal) && l.Name != self)
            .SelectMany(l => l.GetDefaultAssemblyNames(context))
            .Select(Assembly.Load)];
    }

    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!).ToDictionary(o => o.Value);

    /// <summary>"Method calls Type.Member" for each blocking call in the type's own methods.</summary>
    private static IEnumerable<string> BlockingCalls(Type type)
    {
        const BindingFlags declared = BindingFlags.DeclaredOnly | BindingFlags.Instance | BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic;
        var isStateMachine = typeof(IAsyncStateMachine).IsAssignableFrom(type);
        foreach (var method in type.GetMethods(declared).Cast<MethodBase>().Concat(type.GetConstructors(declared)))
        {
            if (method.GetMethodBody()?.GetILAsByteArray() is not { } il) continue;
            var called = CalledMethods(method, il).ToList();
            var offending = called.Where(c => BlocksAlways(c)).ToList();
            // In an async method's MoveNext each await checks IsCompleted, then calls GetResult;
            // a GetResult without its IsCompleted is a .GetAwaiter().GetResult() written by hand.
            var results = called.Where(c => IsAwaiter(c.DeclaringType) && c.Name == "GetResult").ToList();
            var checks = called.Count(c => IsAwaiter(c.DeclaringType) && c.Name == "get_IsCompleted");
            if (!(isStateMachine && method.Name == "MoveNext")) offending.AddRange(results);
            else if (results.Count > checks) offending.Add(results[0]);
            foreach (var call in offending) yield return $"{Describe(method)} calls {call.DeclaringType!.Name}.{call.Name}";
        }
    }

    private static bool BlocksAlways(MethodBase call)
    {
        var declaring = call.DeclaringType is { IsGenericType: true } generic ? generic.GetGenericTypeDefinition() : call.DeclaringType;
        return (call.Name == "get_Result" && (declaring == typeof(Task<>) || declaring == typeof(ValueTask<>)))
            || (declaring == typeof(Task) && call.Name is "Wait" or "WaitAll" or "WaitAny");
    }

    /// <summary>TaskAwaiter, ValueTaskAwaiter and their configured forms.</summary>
    private static bool IsAwaiter(Type? type) => type?.Namespace == "System.Runtime.CompilerServices" && type.Name.Split('`')[0].EndsWith("Awaiter", StringComparison.Ordinal);

    private static IEnumerable<MethodBase> CalledMethods(MethodBase method, byte[] il)
    {
        var typeArguments = method.DeclaringType is { IsGenericType: true } t ? t.GetGenericArguments() : null;
        var methodArguments = method.IsGenericMethod ? method.GetGenericArguments() : null;
        for (var i = 0; i < il.Length;)
        {
            var value = il[i] == 0xFE ? (short)(0xFE00 | il[i + 1]) : il[i];
            var opCode = OpCodesByValue[value];
            i += opCode.Size;
            if (opCode.OperandType == OperandType.InlineMethod)
                yield return method.Module.ResolveMethod(BitConverter.ToInt32(il, i), typeArguments, methodArguments)!;
            i += opCode.OperandType switch
            {
                OperandType.InlineNone => 0,
                OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
                OperandType.InlineVar => 2,
                OperandType.InlineI8 or OperandType.InlineR => 8,
                OperandType.InlineSwitch => 4 + 4 * BitConverter.ToInt32(il, i),
                _ => 4,
            };
        }
    }

    /// <summary>The method as written: an async method's state machine or a lambda is named after the method it is in.</summary>
    private static string Describe(MethodBase method)
    {
        var type = method.DeclaringType!;
        var name = method.Name;
        while (type.Name.StartsWith('<') && type.DeclaringType is { } outer)
        {
            if (type.Name.Contains(">d__", StringComparison.Ordinal)) name = type.Name;
            type = outer;
        }
        if (name.StartsWith('<')) name = name[1..name.IndexOf('>')];
        return $"{type.FullName}.{name}";
    }

    /// <summary>Code that blocks, each in its own way, and code that awaits.</summary>
    private static class Samples
    {
        public static int ReadsResult(Task<int> task) => task.Result;

        public static void Waits(Task task) => task.Wait();

        public static int ReadsAValueTaskResult(ValueTask<int> task) => task.Result;

        public static async Task<int> GetsResultInsideAnAsyncMethod(Task<int> task)
        {
            await Task.Yield();
            return task.GetAwaiter().GetResult();
        }

        public static async Task<int> Awaits(Task<int> first, ValueTask<int> second) => await first + await second + await first.ConfigureAwait(false);
    }
}
