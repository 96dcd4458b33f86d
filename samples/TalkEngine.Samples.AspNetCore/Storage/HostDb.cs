using Microsoft.EntityFrameworkCore;
using TalkEngine.Planning;

namespace TalkEngine.Samples.AspNetCore.Storage;

/// <summary>
/// The host's SQLite database: plans (the posted roster file, the lifecycle state, the head of the record chain),
/// the leadership members' comments, the lifecycle's transitions and the talk records, each stored once and never
/// updated (a correction is a new row naming the one it replaces). Dates and instants are ISO text, so that the file
/// reads the same in any SQLite tool and the record hashes are computed over exactly what is stored.
/// </summary>
internal sealed class HostDb(DbContextOptions<HostDb> options) : DbContext(options)
{
    public DbSet<PlanRow> Plans => Set<PlanRow>();

    public DbSet<CommentRow> Comments => Set<CommentRow>();

    public DbSet<TransitionRow> Transitions => Set<TransitionRow>();

    public DbSet<RecordRow> Records => Set<RecordRow>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<PlanRow>(e =>
        {
            e.ToTable("plans");
            e.Property(p => p.State).HasConversion<string>();
            e.Property(p => p.ConcurrencyStamp).IsConcurrencyToken();
        });
        modelBuilder.Entity<CommentRow>(e =>
        {
            e.ToTable("comments");
            e.HasIndex(c => c.PlanId);
        });
        modelBuilder.Entity<TransitionRow>(e =>
        {
            e.ToTable("transitions");
            e.HasIndex(t => t.PlanId);
            e.Property(t => t.From).HasConversion<string>();
            e.Property(t => t.To).HasConversion<string>();
        });
        modelBuilder.Entity<RecordRow>(e =>
        {
            e.ToTable("records");
            // One chain per plan: a position is taken once.
            e.HasIndex(r => new { r.PlanId, r.Position }).IsUnique();
            e.HasIndex(r => new { r.PlanId, r.RecordId, r.Version }).IsUnique();
        });
    }
}

/// <summary>A plan: the roster file it was made from (re-planned on load: planning is deterministic) and its state.</summary>
internal sealed class PlanRow
{
    public int Id { get; set; }

    public required string Name { get; set; }

    public PlanState State { get; set; }

    /// <summary>The roster file as posted (UTF-8 JSON text), read again with the console's loader when the plan is loaded.</summary>
    public required string Input { get; set; }

    public required string CreatedAt { get; set; }

    public required string CreatedBy { get; set; }

    /// <summary>How many records the chain holds, and the hash of its last one (the genesis hash when empty).</summary>
    public int RecordCount { get; set; }

    public required string RecordHead { get; set; }

    /// <summary>Changes on every update, so that two concurrent transitions cannot both succeed.</summary>
    public Guid ConcurrencyStamp { get; set; }
}

/// <summary>A leadership member's comment on the consultation draft (征求意见稿), with its date.</summary>
internal sealed class CommentRow
{
    public int Id { get; set; }

    public int PlanId { get; set; }

    public required string LeaderId { get; set; }

    public required string Date { get; set; }

    public required string Text { get; set; }

    public required string RecordedAt { get; set; }

    public required string RecordedBy { get; set; }
}

/// <summary>One step of a plan's lifecycle, who took it and when.</summary>
internal sealed class TransitionRow
{
    public int Id { get; set; }

    public int PlanId { get; set; }

    public PlanState From { get; set; }

    public PlanState To { get; set; }

    public required string At { get; set; }

    public required string By { get; set; }
}

/// <summary>
/// One stored version of a talk record, a link of its plan's hash chain. <see cref="Content"/> is the record's
/// canonical JSON (the roster file's record format); <see cref="Hash"/> is SHA-256 over the canonical envelope of
/// this row (see <c>RecordChain</c>), which includes <see cref="PreviousHash"/>.
/// </summary>
internal sealed class RecordRow
{
    public int Id { get; set; }

    public int PlanId { get; set; }

    /// <summary>The place in the plan's chain, from 1.</summary>
    public int Position { get; set; }

    public required string RecordId { get; set; }

    /// <summary>1 for the first version; a correction is the next number.</summary>
    public int Version { get; set; }

    /// <summary>The position of the version this one replaces; null for a first version.</summary>
    public int? Replaces { get; set; }

    public required string Content { get; set; }

    public required string StoredAt { get; set; }

    public required string StoredBy { get; set; }

    public required string PreviousHash { get; set; }

    public required string Hash { get; set; }
}
