package meridian.pricing.gpu;

import static jcuda.driver.JCudaDriver.cuCtxSynchronize;
import static jcuda.driver.JCudaDriver.cuLaunchKernel;
import static jcuda.driver.JCudaDriver.cuMemcpyDtoH;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import jcuda.Pointer;
import jcuda.Sizeof;
import jcuda.driver.CUdeviceptr;
import jcuda.driver.CUfunction;
import meridian.domain.pricing.market.MarketData;
import meridian.pricing.book.BookContract;
import meridian.pricing.book.BookEngine;
import meridian.pricing.book.BookRun;
import meridian.pricing.book.ContractRisk;
import meridian.pricing.book.CpuBookEngine;
import meridian.pricing.book.batch.BatchRisk;
import meridian.pricing.book.batch.BookBatch;
import meridian.pricing.book.batch.LegSums;

/**
 * The book on the GPU: the batch of BookBatch priced by the book_mc kernel (PTX from the jar, JIT-compiled by the
 * driver), one launch per {@link BookKernelLaunch#MAX_CONTRACTS} contracts, every leg of a contract on the same
 * Philox paths as the CPU engine. Contracts outside the kernel (an Asian) go to the CPU engine one by one.
 */
public final class GpuBookEngine implements BookEngine {
    public static final String KERNEL = "book_mc";

    private final CudaDevice device;
    private final CUfunction function;
    private final CpuBookEngine others;

    public GpuBookEngine(CudaDevice device, byte[] ptx, CpuBookEngine others) {
        this.device = device;
        this.others = others;
        device.makeCurrent();
        this.function = device.loadFunction(ptx, KERNEL);
    }

    @Override
    public String name() {
        return "gpu";
    }

    public String deviceName() {
        return device.name();
    }

    @Override
    public List<ContractRisk> value(List<BookContract> contracts, Map<String, MarketData> markets, BookRun run) {
        BookBatch.Split split = BookBatch.of(contracts, markets, run);
        List<ContractRisk> batched = BatchRisk.of(split.batch(), run(split.batch(), run.seed(), run.paths()));
        ContractRisk[] risks = new ContractRisk[contracts.size()];
        for (int i = 0; i < split.positions().length; i++) {
            risks[split.positions()[i]] = batched.get(i);
        }
        for (int position : split.others()) {
            risks[position] = others.value(contracts.get(position), markets, run);
        }
        return Arrays.asList(risks);
    }

    /** The legs' sums for the whole batch; one GPU, so one caller at a time. */
    public synchronized LegSums run(BookBatch batch, long seed, int paths) {
        LegSums sums = new LegSums(batch.contracts());
        if (batch.contracts() == 0) {
            return sums;
        }
        device.makeCurrent();
        BookKernelLaunch launch = BookKernelLaunch.of(paths);
        try (DeviceMemory memory = new DeviceMemory()) {
            CUdeviceptr legInts = memory.upload(batch.legInts());
            CUdeviceptr legDoubles = memory.upload(batch.legDoubles());
            CUdeviceptr stepLengths = memory.upload(batch.stepLengths());
            CUdeviceptr stepRoots = memory.upload(batch.stepRoots());
            CUdeviceptr eventSteps = memory.upload(batch.eventSteps());
            CUdeviceptr eventFlags = memory.upload(batch.eventFlags());
            CUdeviceptr eventAmounts = memory.upload(batch.eventAmounts());
            int chunk = Math.min(batch.contracts(), BookKernelLaunch.MAX_CONTRACTS);
            CUdeviceptr partials = memory.alloc(launch.partialDoubles(chunk) * Sizeof.DOUBLE);
            for (int first = 0; first < batch.contracts(); first += chunk) {
                int count = Math.min(chunk, batch.contracts() - first);
                Pointer parameters = Pointer.to(
                        Pointer.to(new long[] {launch.pairs()}),
                        Pointer.to(new int[] {launch.pairsPerThread()}),
                        Pointer.to(new long[] {seed}),
                        Pointer.to(legInts.withByteOffset((long) first * BookBatch.LEGS * BookBatch.LEG_INTS * Sizeof.INT)),
                        Pointer.to(legDoubles.withByteOffset(
                                (long) first * BookBatch.LEGS * BookBatch.LEG_DOUBLES * Sizeof.DOUBLE)),
                        Pointer.to(stepLengths), Pointer.to(stepRoots),
                        Pointer.to(eventSteps), Pointer.to(eventFlags), Pointer.to(eventAmounts),
                        Pointer.to(partials));
                cuLaunchKernel(function, count, launch.pathBlocks(), 1, BookKernelLaunch.THREADS, 1, 1,
                        BookKernelLaunch.sharedBytes(), null, parameters, null);
                cuCtxSynchronize();
                double[] host = new double[(int) launch.partialDoubles(count)];
                cuMemcpyDtoH(Pointer.to(host), partials, (long) host.length * Sizeof.DOUBLE);
                sums.mergeBlocks(first, host, count, launch.pathBlocks());
            }
        }
        return sums;
    }
}
